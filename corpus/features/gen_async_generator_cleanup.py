import asyncio
class Conn:
    async def __aenter__(self):
        print("connect")
        return self
    async def __aexit__(self, *exc):
        print("disconnect", exc[0])
        return False
async def rows(n):
    async with Conn():
        for i in range(n):
            await asyncio.sleep(0)
            yield {"id": i}
async def main():
    out = [r["id"] async for r in rows(3)]
    print(out)
    agen = rows(2)
    print(await agen.__anext__())
    await agen.aclose()
    print("closed explicitly")
asyncio.run(main())
