# @types.coroutine generators awaited by async functions, driven by a hand-written loop (3.6's types.coroutine
# rebuilds the generator's code object with code(...), copying co_lnotab)
import types


@types.coroutine
def sleep(ticks):
    for _ in range(ticks):
        got = yield 'tick'
    return ticks * 10


class Ready:
    def __init__(self, v):
        self.v = v

    def __await__(self):
        yield 'ready'
        return self.v


async def worker(name, n):
    total = 0
    for i in range(n):
        total += await sleep(i)
        total += await Ready(i)
    return name, total


def run(coros):
    results = []
    pending = list(coros)
    steps = 0
    while pending:
        c = pending.pop(0)
        try:
            c.send(None)
            steps += 1
            pending.append(c)
        except StopIteration as e:
            results.append(e.value)
    return results, steps


print(run([worker('a', 3), worker('b', 2), worker('c', 0)]))
print(sleep.__name__, sleep.__code__.co_flags & 0x100 != 0, type(sleep(1)).__name__)
g = sleep(2)
print(next(g), g.send(1), end=' ')
try:
    g.send(2)
except StopIteration as e:
    print('returned', e.value)
