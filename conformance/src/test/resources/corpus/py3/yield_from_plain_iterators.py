# yield from (and await) of an iterator that is not a generator: StopIteration's value is the result, and
# throw()/close() reach the iterator's own throw()/close() when it has them.


class Counter:
    def __init__(self, stop):
        self.n = 0
        self.stop = stop

    def __iter__(self):
        return self

    def __next__(self):
        self.n += 1
        if self.n > self.stop:
            raise StopIteration(self.n * 11)
        return self.n


def outer(stop):
    r = yield from Counter(stop)
    print("result", r)
    return r


print(list(outer(2)))
print(list(outer(0)))


class Chatty:
    """An iterator with the whole generator protocol."""

    def __iter__(self):
        return self

    def __next__(self):
        return "next"

    def send(self, v):
        if v == "end":
            raise StopIteration("sent-end")
        if v == "boom":
            raise ValueError("sub refused " + v)
        return "send:" + str(v)

    def throw(self, *a):
        print("sub throw got", len(a), "argument(s):", a[0].__name__ if isinstance(a[0], type) else repr(a[0]))
        if a[0] is IndexError:
            raise StopIteration("thrown-end")
        if a[0] is LookupError:
            raise KeyError("from sub")
        return "throw-handled"

    def close(self):
        print("sub close called")


def g():
    try:
        r = yield from Chatty()
    except KeyError as e:
        print("g caught", repr(e))
        r = "after-keyerror"
    yield "r=" + str(r)


x = g()
print(next(x), x.send(1))
print(x.throw(KeyError))
print(x.throw(KeyError, KeyError("k")))
print(x.throw(IndexError))
x = g()
next(x)
print(x.send("end"))
x = g()
next(x)
print(x.throw(LookupError))
x = g()
next(x)
try:
    x.send("boom")
except ValueError as e:
    print("ValueError", e)
y = g()
next(y)
y.close()
print("closed")


class NoSend:
    def __iter__(self):
        return self

    def __next__(self):
        return 1


def g2():
    yield from NoSend()


z = g2()
next(z)
try:
    z.send(5)
except AttributeError as e:
    print("AttributeError", e)
try:
    z.throw(TypeError("plain"))
except TypeError as e:
    print("TypeError", e)
z = g2()
next(z)
z.close()
print("closed without a close()")


class BadClose:
    def __iter__(self):
        return self

    def __next__(self):
        return 2

    def close(self):
        raise RuntimeError("close failed")


def g3():
    try:
        yield from BadClose()
    except RuntimeError as e:
        print("g3 saw", e)
        raise


w = g3()
next(w)
try:
    w.close()
except RuntimeError as e:
    print("close raised", e)


class Fut:
    def __await__(self):
        return self

    def __iter__(self):
        return self

    def __next__(self):
        raise StopIteration("value")


async def main():
    v = await Fut()
    print("awaited", v)
    return v


try:
    main().send(None)
except StopIteration as e:
    print("main returned", e.value)
