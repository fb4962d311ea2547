# An uncaught subclass of KeyboardInterrupt is an ordinary uncaught exception: traceback, exit 1
# (CPython 3.8+ dies by SIGINT only for KeyboardInterrupt itself: keyboard_interrupt_uncaught).
from __future__ import print_function


class StopNow(KeyboardInterrupt):
    pass


print(issubclass(StopNow, KeyboardInterrupt), issubclass(KeyboardInterrupt, Exception))
try:
    raise StopNow("caught")
except KeyboardInterrupt as e:
    print("caught:", type(e).__name__, e)
raise StopNow("not caught")
