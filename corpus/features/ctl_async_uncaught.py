# An exception escaping asyncio.run ends the program as CPython does.
import asyncio


async def child(n):
    await asyncio.sleep(0)
    if n == 2:
        raise KeyError(n)
    return n


async def main():
    print("before")
    values = []
    for i in range(3):
        values.append(await child(i))
        print("got", values[-1])


asyncio.run(main())
