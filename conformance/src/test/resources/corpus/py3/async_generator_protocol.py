# PEP 525 async generators driven by hand, with no event loop: a coroutine's send(None) loop passes up
# what awaits yield and sends back a reply. async for, __anext__/asend/athrow/aclose and their awaitables,
# an async comprehension, aclose of a generator that yields again, and the ag_ attributes.

def run(coro):
    """Drive a coroutine by hand: print what it passes up, send back a reply."""
    reply = None
    while True:
        try:
            got = coro.send(reply)
        except StopIteration as e:
            return e.value
        print('  loop got', got)
        reply = 'reply-' + str(got)

class pause(object):
    def __init__(self, tag):
        self.tag = tag
    def __await__(self):
        answer = yield self.tag
        return answer

async def ticker(n):
    for i in range(n):
        r = await pause('tick%d' % i)
        print('  ticker resumed with', r)
        yield i * 10
    print('  ticker done')

async def collect():
    out = []
    async for v in ticker(3):
        out.append(v)
    return out

print('collect', run(collect()))

async def echo():
    received = []
    try:
        while True:
            x = yield len(received)
            received.append(x)
    finally:
        print('  echo finally', received)

async def use_echo():
    g = echo()
    print(' first', await g.__anext__())
    print(' asend a', await g.asend('a'))
    print(' asend b', await g.asend('b'))
    await g.aclose()
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print(' exhausted after aclose')
    return 'ok'

print('use_echo', run(use_echo()))

async def guarded():
    try:
        yield 1
    except ValueError as e:
        print('  guarded caught', e)
        yield 'recovered'
    yield 'end'

async def use_guarded():
    g = guarded()
    print(' ', await g.__anext__())
    print(' ', await g.athrow(ValueError('bad')))
    print(' ', await g.__anext__())
    try:
        await g.__anext__()
    except StopAsyncIteration:
        print('  stop')
    g2 = guarded()
    await g2.__anext__()
    try:
        await g2.athrow(KeyError('k'))
    except KeyError as e:
        print('  propagated', repr(e))
    return 'done'

print('use_guarded', run(use_guarded()))

g = ticker(1)
print(type(g).__name__, g.__aiter__() is g, type(g.__anext__()).__name__, type(g.aclose()).__name__, type(g.athrow(ValueError)).__name__)
print(g.__name__, g.__qualname__, g.ag_running, g.ag_frame is not None, g.ag_code.co_name)
# hand-driving __anext__ directly
a = ticker(2).__anext__()
print('direct', a.send(None))
try:
    a.send('x')
except StopIteration as e:
    print('direct stop', e.value)

async def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2

async def use_stubborn():
    s = stubborn()
    await s.__anext__()
    try:
        await s.aclose()
    except RuntimeError as e:
        print(' ', e)
    return 'x'
print(run(use_stubborn()))

async def comp():
    return [x async for x in ticker(2)]
print('comp', run(comp()))

async def empty():
    return
    yield

async def use_empty():
    try:
        await empty().__anext__()
    except StopAsyncIteration as e:
        print('  empty StopAsyncIteration', repr(e))
    e = empty()
    await e.aclose()
    await e.aclose()
    print('  double aclose ok')
    return 1
print(run(use_empty()))
