# expect: `async def`
async def f():
    return 1
