# A coroutine and an async generator are not iterables: for, iter(), list(), unpacking and next() refuse
# them as CPython does, and a plain generator cannot 'yield from' a coroutine; a coroutine may await one,
# and a types.coroutine generator may yield from one. (Each coroutine is closed, so none is left never awaited.)
import types


async def answer():
    return 42


async def numbers():
    yield 1
    yield 2


def attempt(label, make, use):
    obj = make()
    try:
        print(label, "->", use(obj))
    except (TypeError, AttributeError) as e:
        print(label, "->", type(e).__name__, e)
    finally:
        closer = getattr(obj, "close", None) or getattr(obj, "aclose", None)
        if closer is not None and getattr(obj, "close", None) is not None:
            obj.close()


def loop(o):
    out = []
    for x in o:
        out.append(x)
    return out


def unpack(o):
    a, = o
    return a


attempt("for over coroutine", answer, loop)
attempt("iter(coroutine)", answer, iter)
attempt("list(coroutine)", answer, list)
attempt("next(coroutine)", answer, next)
attempt("coroutine has __iter__", answer, lambda c: hasattr(c, "__iter__"))
attempt("coroutine has __next__", answer, lambda c: hasattr(c, "__next__"))
attempt("coroutine has send", answer, lambda c: hasattr(c, "send"))
attempt("unpack coroutine", answer, unpack)
attempt("sorted(coroutine)", answer, sorted)
attempt("sum(coroutine)", answer, sum)
for label, use in [("for", loop), ("iter", iter), ("list", list), ("tuple", tuple), ("set", set), ("next", next),
                   ("unpack", unpack), ("join", "".join), ("has __iter__", lambda g: hasattr(g, "__iter__")),
                   ("has __aiter__", lambda g: hasattr(g, "__aiter__"))]:
    gen = numbers()
    try:
        print("async generator", label, "->", use(gen))
    except TypeError as e:
        print("async generator", label, "->", type(e).__name__, e)


def delegating(coroutine):
    yield from coroutine


pending = answer()
try:
    next(delegating(pending))
except TypeError as e:
    print("yield from coroutine in a generator:", e)
pending.close()


def delegating_async_gen():
    yield from numbers()


try:
    next(delegating_async_gen())
except TypeError as e:
    print("yield from async generator:", e)


@types.coroutine
def legacy():
    value = yield from answer()
    return value + 1


async def main():
    first = await answer()
    second = await legacy()
    return first, second


runner = main()
try:
    runner.send(None)
except StopIteration as stop:
    print("main returned", stop.value)
