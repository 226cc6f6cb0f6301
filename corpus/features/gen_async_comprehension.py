import asyncio

async def fetch(k):
    print("fetch", k)
    await asyncio.sleep(0)
    return k * 10

async def keys(n):
    for i in range(n):
        print("yield key", i)
        yield i

async def is_even(x):
    await asyncio.sleep(0)
    return x % 2 == 0

async def gather_all(ids):
    return [await fetch(i) for i in ids]

async def main():
    x = "outer"
    got = await gather_all([1, 2, 3])
    print(got, x)
    table = {await fetch(k): await fetch(k + 100) async for k in keys(2)}
    print(table)
    evens = [x async for x in keys(6) if await is_even(x)]
    print(evens, x)
    pairs = [(a, b) async for a in keys(2) for b in range(a + 1)]
    print(pairs)
    nested = [[await fetch(i * j) for j in range(2)] for i in range(1, 3)]
    print(nested)
    print(sum([await fetch(i) for i in range(3)]))
    total: int = len({await fetch(i) % 20 for i in range(4)})
    print(total)

asyncio.run(main())
