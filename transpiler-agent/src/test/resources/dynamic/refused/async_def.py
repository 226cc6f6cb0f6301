# expect: `async def`
async def f(xs):
    return [await x for x in xs]
