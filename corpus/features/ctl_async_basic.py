# async def, await of coroutines and tasks, create_task, sleep(0) interleaving, gather order.
import asyncio


async def add(a, b):
    return a + b


async def worker(name, steps, log):
    for i in range(steps):
        log.append(f"{name}{i}")
        print("worker", name, "step", i)
        await asyncio.sleep(0)
    return name * steps


async def nothing():
    pass


async def main():
    print("main starts")
    print("add:", await add(2, 3))
    print("nothing:", await nothing())
    log = []
    t1 = asyncio.create_task(worker("a", 3, log))
    t2 = asyncio.create_task(worker("b", 2, log))
    print("tasks created", t1.done(), t2.done())
    await asyncio.sleep(0)
    print("after one sleep(0):", log)
    r1 = await t1
    print("t1 ->", r1, "t2 done:", t2.done())
    r2 = await t2
    print("t2 ->", r2)
    print("log:", log)
    results = await asyncio.gather(worker("x", 2, log), add(10, 20), worker("y", 1, log))
    print("gather ->", results)
    print("empty gather ->", await asyncio.gather())
    print("names:", t1.get_name(), t2.get_name())
    coro = add(1, 1)
    print(type(coro).__name__, asyncio.iscoroutine(coro))
    print(await coro)
    return "done"


print("run ->", asyncio.run(main()))
print("second run ->", asyncio.run(add(4, 5)))
