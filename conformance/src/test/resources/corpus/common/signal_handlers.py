# signal's constants (Linux x86-64) and the handler table: defaults, replacing, restoring, refusals
import signal

print(int(signal.SIGINT), int(signal.SIGTERM), int(signal.SIGKILL), int(signal.SIGCHLD), int(signal.SIGUSR1), signal.NSIG)
print(int(signal.SIG_DFL), int(signal.SIG_IGN), int(signal.SIGRTMIN), int(signal.SIGRTMAX))
print(signal.getsignal(signal.SIGINT) is signal.default_int_handler)
print(signal.getsignal(signal.SIGPIPE) == signal.SIG_IGN, signal.getsignal(signal.SIGTERM) == signal.SIG_DFL)

def handler(signum, frame):
    print('handled %d' % signum)

old = signal.signal(signal.SIGUSR1, handler)
print(old == signal.SIG_DFL, signal.getsignal(signal.SIGUSR1) is handler)
print(signal.signal(signal.SIGUSR1, signal.SIG_IGN) is handler)
print(signal.getsignal(signal.SIGUSR1) == signal.SIG_IGN)
signal.signal(signal.SIGUSR1, old)
print(signal.getsignal(signal.SIGUSR1) == signal.SIG_DFL)

for bad in [(signal.SIGUSR1, 'nope'), (0, handler), (signal.NSIG, handler)]:
    try:
        signal.signal(*bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    signal.signal(signal.SIGKILL, handler)
except (OSError, RuntimeError) as e:  # 2.7 words sigaction's EINVAL as a RuntimeError
    print(type(e).__name__, e.args[0])
try:
    signal.default_int_handler(signal.SIGINT, None)
except KeyboardInterrupt:
    print('KeyboardInterrupt from default_int_handler')
print(signal.alarm(0), signal.getitimer(signal.ITIMER_REAL))
print(issubclass(signal.ItimerError, IOError))
