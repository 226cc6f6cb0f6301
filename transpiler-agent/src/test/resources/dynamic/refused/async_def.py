# expect: `async def`
# An asynchronous generator expression (an `await` inside a generator expression).
async def f(xs):
    return (await x for x in xs)
