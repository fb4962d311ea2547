# async for / async with over objects that do not take part in the protocols: CPython's TypeErrors
async def a():
    async for x in [1, 2]: pass
async def b():
    async with 5: pass
class X:
    def __aiter__(self): return 5
async def c():
    async for v in X(): pass
class Y:
    def __aiter__(self): return self
    def __anext__(self): return 5
async def d():
    async for v in Y(): pass
for co in (a(), b(), c(), d()):
    try: co.send(None)
    except Exception as e: print(type(e).__name__ + ':', e)
