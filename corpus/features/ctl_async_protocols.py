# async for over __aiter__/__anext__ (continue, else), coroutine objects: not iterable, awaited once, type name.
import asyncio

class Ticker:
    def __init__(self, n):
        self.n = n
    def __aiter__(self):
        return self
    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        self.n -= 1
        await asyncio.sleep(0)
        return self.n

async def gen_values(xs):
    out = []
    async for v in Ticker(xs):
        if v == 1:
            continue
        out.append(v)
    else:
        out.append("else")
    return out

async def main():
    print(await gen_values(4))
    c = gen_values(2)
    try:
        for x in c:
            print(x)
    except TypeError as e:
        print("TypeError:", e)
    print(await c)
    try:
        await c
    except RuntimeError as e:
        print("RuntimeError:", e)
    try:
        await 5
    except TypeError as e:
        print("TypeError:", e)
    print(type(c).__name__)

asyncio.run(main())
