# async def / await / async with / async for compiled, and driven by hand without an event loop.
class Ready:
    def __init__(self, value):
        self.value = value

    def __await__(self):
        return self.value
        yield

class Lock:
    async def __aenter__(self):
        print("aenter")
        return self

    async def __aexit__(self, *exc):
        print("aexit")

class Ticker:
    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        return self.n

async def add(a, b):
    x = await Ready(a)
    return x + b

async def main():
    total = await add(1, 2)
    async with Lock():
        total += 10
    async for t in Ticker(3):
        total += t
    return total

coro = main()
print(type(coro).__name__)
try:
    coro.send(None)
except StopIteration as stop:
    print("result", stop.value)
print(main.__code__.co_flags & 0x80 != 0)
c2 = add(5, 5)
c2.close()
print("closed without running")
