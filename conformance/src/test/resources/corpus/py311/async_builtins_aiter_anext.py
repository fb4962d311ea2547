# 3.10's aiter() and anext(): anext with a default ends with it where __anext__ raises StopAsyncIteration;
# both refuse objects without __aiter__/__anext__. breakpoint() (3.7) calls sys.breakpointhook.
import sys


def run(coro):
    reply = None
    while True:
        try:
            got = coro.send(reply)
        except StopIteration as e:
            return e.value
        print("  loop got", got)
        reply = got


class Tick:
    def __init__(self, name):
        self.name = name

    def __await__(self):
        return (yield self.name)


async def countdown(n):
    while n > 0:
        await Tick("t%d" % n)
        yield n
        n -= 1


async def main():
    it = aiter(countdown(2))
    print(" first", await anext(it))
    print(" second", await anext(it, "unused"))
    print(" third", await anext(it, "fallback"))
    try:
        await anext(it)
    except StopAsyncIteration:
        print(" StopAsyncIteration")
    print(" type", type(anext(it, None)).__name__, type(anext(it)).__name__)
    return "main done"


print(run(main()))
for bad in (aiter, anext):
    for args in [(1,), (), (countdown(1), 1, 2)]:
        try:
            bad(*args)
        except TypeError as e:
            print(bad.__name__, e)
seen = []
sys.breakpointhook = lambda *a, **k: seen.append((a, sorted(k.items()))) or "hooked"
print(breakpoint(1, x=2), seen)
del sys.breakpointhook
try:
    breakpoint()
except RuntimeError as e:
    print("RuntimeError", e)
