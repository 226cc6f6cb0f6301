# Exceptions through await and gather, return_exceptions, cancellation, wait_for timeouts.
import asyncio


class AppError(Exception):
    pass


async def fail(name, delay):
    await asyncio.sleep(delay)
    raise AppError(f"{name} failed")


async def ok(name, delay):
    await asyncio.sleep(delay)
    print("ok", name)
    return name


async def slow_with_cleanup(name):
    try:
        print(name, "started")
        await asyncio.sleep(10)
        print(name, "never here")
    except asyncio.CancelledError:
        print(name, "cancelled, cleaning up")
        raise
    finally:
        print(name, "finally")


async def main():
    try:
        await fail("direct", 0)
    except AppError as e:
        print("caught:", e)

    results = await asyncio.gather(ok("a", 0.01), fail("b", 0), ok("c", 0), return_exceptions=True)
    print("gathered:", [type(r).__name__ + ":" + str(r) for r in results])

    try:
        await asyncio.gather(ok("d", 0.3), fail("e", 0.01))
    except AppError as e:
        print("gather raised:", e)
    await asyncio.sleep(0.5)

    task = asyncio.create_task(slow_with_cleanup("job"))
    await asyncio.sleep(0)
    print("cancel ->", task.cancel())
    try:
        await task
    except asyncio.CancelledError:
        print("task cancelled:", task.cancelled())
    print("cancel again ->", task.cancel())

    try:
        await asyncio.wait_for(slow_with_cleanup("waited"), timeout=0.05)
    except TimeoutError:
        print("wait_for timed out")
    print("wait_for in time:", await asyncio.wait_for(ok("quick", 0.01), timeout=1))

    try:
        async with asyncio.timeout(0.02):
            await asyncio.sleep(1)
    except TimeoutError:
        print("timeout block expired")

    t2 = asyncio.create_task(ok("never", 5))
    await asyncio.sleep(0)
    t2.cancel("stop now")
    res = await asyncio.gather(t2, ok("f", 0), return_exceptions=True)
    print("with cancelled:", [type(r).__name__ for r in res], str(res[0]))

    try:
        asyncio.get_running_loop().create_future().result()
    except asyncio.InvalidStateError as e:
        print("invalid state:", e)


asyncio.run(main())
