# A task cancelled and awaited by main: CancelledError escapes asyncio.run.
import asyncio

async def forever():
    await asyncio.sleep(10)

async def main():
    t = asyncio.create_task(forever())
    await asyncio.sleep(0)
    t.cancel()
    await t

asyncio.run(main())
