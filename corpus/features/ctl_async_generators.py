# Asynchronous generators: async for over them beside other tasks, asend, athrow, aclose,
# aiter/anext, exhaustion, a method that is one, nested async for loops.
import asyncio


async def ticker(name, n, delay=0):
    for i in range(n):
        await asyncio.sleep(delay)
        yield f"{name}{i}"


async def squares(n):
    i = 0
    while i < n:
        received = yield i * i
        if received is not None:
            print("received", received)
            i = received
        else:
            i += 1
    print("squares done")


async def chatter(name):
    for i in range(3):
        print(name, "step", i)
        await asyncio.sleep(0)


class Countdown:
    def __init__(self, start):
        self.start = start

    async def values(self):
        n = self.start
        while n > 0:
            yield n
            await asyncio.sleep(0)
            n -= 1


async def consume(name):
    out = []
    async for item in ticker(name, 3):
        print("got", item)
        out.append(item)
    return out


async def main():
    results = await asyncio.gather(consume("a"), consume("b"), chatter("c"))
    print(results)
    g = squares(5)
    print(type(g).__name__)
    print(await g.__anext__(), await anext(g))
    print(await g.asend(3))
    print(await g.asend(None))
    try:
        await g.asend(None)
    except StopAsyncIteration:
        print("exhausted")
    try:
        await anext(g)
    except StopAsyncIteration:
        print("still exhausted")
    total = 0
    async for v in Countdown(4).values():
        total += v
        if v == 2:
            break
    print("total", total)
    it = aiter(ticker("t", 2))
    print(await it.__anext__())
    t = ticker("x", 5)
    print(await anext(t))
    try:
        await t.athrow(ValueError("boom"))
    except ValueError as e:
        print("athrow raised", e)
    try:
        await anext(t)
    except StopAsyncIteration:
        print("after athrow: exhausted")
    c = ticker("y", 5)
    print(await anext(c))
    print(await c.aclose())
    try:
        await anext(c)
    except StopAsyncIteration:
        print("closed: exhausted")
    nums = []
    async for a in ticker("p", 2, 0.01):
        async for b in ticker("q", 2):
            nums.append(a + b)
    print(nums)


asyncio.run(main())
