# A simulated download pipeline: producer, workers on an asyncio.Queue, a Lock-protected
# counter, async with, async for over an object with __aiter__/__anext__.
import asyncio
import time


class Pages:
    """Yields page names after a short wait, as a paginated API would."""

    def __init__(self, count):
        self.count = count
        self.i = 0

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.i >= self.count:
            raise StopAsyncIteration
        self.i += 1
        await asyncio.sleep(0)
        return f"page{self.i}"


class Stats:
    def __init__(self):
        self.lock = asyncio.Lock()
        self.bytes = 0
        self.files = []


async def producer(queue, n_workers):
    async for page in Pages(6):
        print("queue", page)
        await queue.put(page)
    for _ in range(n_workers):
        await queue.put(None)


async def worker(wid, queue, stats):
    while True:
        item = await queue.get()
        if item is None:
            queue.task_done()
            print(f"worker {wid} exits")
            return wid
        size = len(item) * 100 + wid
        for _ in range(wid + int(item[-1]) % 2):  # a download of a few loop iterations
            await asyncio.sleep(0)
        async with stats.lock:
            stats.bytes += size
            stats.files.append(item)
            print(f"worker {wid} saved {item} ({size} bytes), locked={stats.lock.locked()}")
        queue.task_done()


async def main():
    start = time.monotonic()
    queue = asyncio.Queue(maxsize=2)
    stats = Stats()
    workers = [asyncio.create_task(worker(i, queue, stats)) for i in range(3)]
    await producer(queue, len(workers))
    await queue.join()
    ids = await asyncio.gather(*workers)
    print("workers:", ids)
    print("files:", sorted(stats.files))
    print("bytes:", stats.bytes, "empty:", queue.empty(), "locked:", stats.lock.locked())
    ev = asyncio.Event()

    async def waiter(name):
        print(name, "waits")
        await ev.wait()
        print(name, "released")

    tasks = [asyncio.create_task(waiter(n)) for n in ("w1", "w2")]
    await asyncio.sleep(0)
    ev.set()
    await asyncio.gather(*tasks)
    sem = asyncio.Semaphore(2)

    async def limited(n):
        async with sem:
            print("in", n)
            for _ in range(2 * n + 1):
                await asyncio.sleep(0)
            print("out", n)

    await asyncio.gather(*(limited(n) for n in range(4)))
    q = asyncio.Queue()
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("empty queue")
    print("finished within a minute:", 0 <= time.monotonic() - start < 60)


asyncio.run(main())
