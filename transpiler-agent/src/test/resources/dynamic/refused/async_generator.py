# expect: `async def`
# An asynchronous generator with cleanup code: CPython's asyncio closes one abandoned early
# later, in a task of its own, so its finally block would print at another point here.
async def ticks(n):
    try:
        for i in range(n):
            yield i
    finally:
        print("closed")
