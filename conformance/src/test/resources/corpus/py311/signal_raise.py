# 3.8+ signal: raise_signal runs the handler at once; Signals/Handlers enums; valid_signals; strsignal
import signal

def handler(signum, frame):
    print('handler got', signal.Signals(signum).name, frame is not None)

signal.signal(signal.SIGUSR2, handler)
signal.raise_signal(signal.SIGUSR2)
signal.signal(signal.SIGUSR2, signal.SIG_IGN)
signal.raise_signal(signal.SIGUSR2)
print('ignored')
print(repr(signal.SIGINT), repr(signal.getsignal(signal.SIGPIPE)), signal.Signals(15).name)
print(signal.Handlers.SIG_DFL.value, signal.Sigmasks.SIG_BLOCK.value)
print(len(signal.valid_signals()), signal.SIGHUP in signal.valid_signals(), 32 in signal.valid_signals())
print(signal.strsignal(signal.SIGINT), signal.strsignal(signal.SIGTERM))
try:
    signal.raise_signal(signal.SIGINT)
except KeyboardInterrupt:
    print('KeyboardInterrupt')
print(signal.pthread_sigmask(signal.SIG_BLOCK, [signal.SIGUSR1]))
print(sorted(repr(s) for s in signal.pthread_sigmask(signal.SIG_SETMASK, [])))
