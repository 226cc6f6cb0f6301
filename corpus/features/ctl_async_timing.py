# Tasks sleeping for different times finish in deadline order; sleeping really takes time.
import asyncio
import time


async def sleeper(name, delay, order):
    print(f"{name} sleeps {delay}")
    await asyncio.sleep(delay)
    order.append(name)
    print(f"{name} woke")
    return delay * 10


async def ticker(n):
    for i in range(n):
        print("tick", i)
        await asyncio.sleep(0.01)


async def main():
    start = time.monotonic()
    order = []
    results = await asyncio.gather(
        sleeper("slow", 0.3, order),
        sleeper("fast", 0.1, order),
        sleeper("mid", 0.2, order),
        ticker(3),
    )
    elapsed = time.monotonic() - start
    print("order:", order)
    print("results:", results)
    print("elapsed about 0.3s:", 0.29 <= elapsed < 10)
    t = asyncio.create_task(sleeper("bg", 0.02, order))
    print("value:", await asyncio.sleep(0.3, result="slept"))
    print("bg done:", t.done(), t.result())


asyncio.run(main())
