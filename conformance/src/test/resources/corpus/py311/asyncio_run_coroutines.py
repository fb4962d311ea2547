# asyncio.run with coroutines only: its event loop wakes itself through a socketpair() and waits in
# select() (so _socket and select import and keep those two ends), asyncio.sleep(0) awaits a
# generator whose code is CO_ITERABLE_COROUTINE (types.coroutine: code.replace and __code__ =),
# and Future.result() re-raises with with_traceback(the saved traceback).
import asyncio
import time

print(time.get_clock_info('monotonic').monotonic, time.get_clock_info('time').adjustable)


async def work(n, delay):
    await asyncio.sleep(delay)
    print('done', n)
    return n * 2


async def agen(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i


class Resource:
    async def __aenter__(self):
        print('enter')
        return self

    async def __aexit__(self, *exc):
        print('exit', exc[0].__name__ if exc[0] else None)
        return False


async def fail():
    await asyncio.sleep(0)
    raise ValueError('bad')


async def main():
    print(await asyncio.gather(work(1, 0.02), work(2, 0.01), work(3, 0)))
    task = asyncio.create_task(work(4, 0))
    print(await task)
    try:
        await asyncio.wait_for(asyncio.sleep(1), 0.01)
    except asyncio.TimeoutError:
        print('timeout')
    queue = asyncio.Queue()
    await queue.put(5)
    print(await queue.get(), queue.empty())
    print([x async for x in agen(3)])
    async with Resource():
        print('inside')
    print(await asyncio.gather(fail(), asyncio.sleep(0, 'ok'), return_exceptions=True))
    event = asyncio.Event()

    async def waiter():
        await event.wait()
        return 'woke'

    waiting = asyncio.ensure_future(waiter())
    await asyncio.sleep(0)
    event.set()
    print(await waiting)
    lock = asyncio.Lock()
    async with lock:
        print('locked', lock.locked())
    sem = asyncio.Semaphore(2)

    async def limited(i):
        async with sem:
            await asyncio.sleep(0.001)
            return i

    print(await asyncio.gather(*(limited(i) for i in range(5))))
    for f in asyncio.as_completed([asyncio.sleep(0.02, 'b'), asyncio.sleep(0.001, 'a')]):
        print(await f)
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    loop.call_later(0.001, fut.set_result, 'later')
    print(await fut)
    try:
        await fail()
    except ValueError as e:
        print('caught', e, e.__traceback__.tb_next.tb_frame.f_code.co_name)
    sleeper = asyncio.create_task(asyncio.sleep(10))
    await asyncio.sleep(0)
    sleeper.cancel()
    try:
        await sleeper
    except asyncio.CancelledError:
        print('cancelled')
    done, pending = await asyncio.wait([asyncio.create_task(asyncio.sleep(0, 1))])
    print(len(done), len(pending))
    async with asyncio.timeout(1):
        pass
    return 'end'


print(asyncio.run(main()))


def original():
    raise KeyError('x')


try:
    original()
except KeyError as e:
    saved = e.__traceback__
    error = e
try:
    raise error
except KeyError:
    pass
try:
    raise error.with_traceback(saved)
except KeyError as e:
    tb = e.__traceback__
    names = []
    while tb:
        names.append(tb.tb_frame.f_code.co_name)
        tb = tb.tb_next
    print(names)
