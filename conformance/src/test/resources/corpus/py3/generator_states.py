# a generator's state as inspect reads it: created, suspended, running, closed; gi_frame.f_lasti of a fresh one
import inspect
import sys


def g():
    yield inspect.getgeneratorstate(me)
    yield 2


me = g()
print(me.gi_frame.f_lasti, inspect.getgeneratorstate(me))
print(next(me), me.gi_frame.f_lasti > 0, inspect.getgeneratorstate(me))
print(getattr(me, 'gi_suspended', '-'), me.gi_running)
list(me)
print(me.gi_frame, inspect.getgeneratorstate(me), getattr(me, 'gi_suspended', '-'))
other = g()
other.close()
print(inspect.getgeneratorstate(other))


async def c():
    return 1


co = c()
print(getattr(co, 'cr_suspended', '-'), inspect.getcoroutinestate(co))
try:
    co.send(None)
except StopIteration as e:
    print('returned', e.value, inspect.getcoroutinestate(co))
