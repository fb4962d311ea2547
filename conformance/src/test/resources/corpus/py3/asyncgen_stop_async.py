# PEP 525: a StopAsyncIteration leaving an async generator's frame becomes RuntimeError, chained to it
async def agen():
    yield 1
    raise StopAsyncIteration


async def main():
    out = []
    try:
        async for x in agen():
            out.append(x)
    except RuntimeError as e:
        out.append(str(e))
        out.append(type(e.__cause__).__name__)
    return out


try:
    main().send(None)
except StopIteration as e:
    print('result', e.value)


async def empty():
    raise StopAsyncIteration
    yield


async def comp():
    return [x async for x in empty()]


try:
    comp().send(None)
except RuntimeError as e:
    print('RuntimeError:', e)
