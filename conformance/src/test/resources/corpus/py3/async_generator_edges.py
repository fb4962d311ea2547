# Async generator edges: an error or StopIteration raised inside, break out of async for, asend of a
# value before the start, an __anext__ awaitable awaited twice, aclose then ag_frame, a class-based async
# iterator in an async comprehension; the awaitable types' names.
def run(coro):
    reply = None
    while True:
        try:
            got = coro.send(reply)
        except StopIteration as e:
            return e.value
        print('  loop got', got)
        reply = got

class Sleep(object):
    def __await__(self):
        yield 'sleep'
        return 'woke'

async def faulty():
    yield 1
    raise ValueError('inside')

async def bad_stop():
    yield 1
    raise StopIteration('x')

async def main():
    try:
        async for v in faulty():
            print(' v', v)
    except ValueError as e:
        print(' caught', e)
    try:
        async for v in bad_stop():
            print(' v', v)
    except RuntimeError as e:
        print(' RE', e, type(e.__cause__).__name__)
    async def nums():
        for i in range(5):
            await Sleep()
            yield i
    total = 0
    async for n in nums():
        if n == 3:
            break
        total += n
    print(' total', total)
    g = nums()
    try:
        await g.asend('x')
    except TypeError as e:
        print(' TE', e)
    print(' next', await g.__anext__())
    a = g.__anext__()
    print(' await twice', await a)
    try:
        await a
    except (RuntimeError, StopIteration) as e:
        print(' reuse', type(e).__name__)
    await g.aclose()
    print(' after close', g.ag_frame)
    class AIt(object):
        def __init__(self):
            self.n = 0
        def __aiter__(self):
            return self
        async def __anext__(self):
            self.n += 1
            if self.n > 2:
                raise StopAsyncIteration
            return self.n
    print(' custom', [x async for x in AIt()])
    return 'end'

print(run(main()))
print(repr(faulty()).split(' at ')[0])
print(type(faulty().asend(None)).__name__)
