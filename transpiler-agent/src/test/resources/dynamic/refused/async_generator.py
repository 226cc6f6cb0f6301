# expect: `async def`
async def ticks(n):
    for i in range(n):
        yield i
