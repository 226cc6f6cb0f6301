import queue
import heapq


class Job:
    def __init__(self, name, prio):
        self.name = name
        self.prio = prio

    def __lt__(self, other):
        return self.prio < other.prio

    def __repr__(self):
        return f"Job({self.name!r}, {self.prio})"


q = queue.PriorityQueue()
for i, p in enumerate([3, 1, 2, 1, 3, 1, 2]):
    q.put(Job(f"j{i}", p))
print(q.queue)
print([q.get() for _ in range(q.qsize())])
fifo = queue.Queue(maxsize=3)
for x in "abc":
    fifo.put(x)
print(fifo.queue, fifo.full(), fifo.qsize(), fifo.unfinished_tasks, fifo.maxsize)
print(fifo.get(), fifo.get(timeout=0.01), list(fifo.queue))
try:
    fifo.put("d")
    fifo.put("e")
    fifo.put("f", timeout=0.01)
except queue.Full as e:
    print("Full", repr(e), type(e).__name__)
for _ in range(5):
    fifo.task_done()
try:
    fifo.task_done()
except ValueError as e:
    print("ValueError:", e)
lifo = queue.LifoQueue()
for i in range(4):
    lifo.put(i * i)
print(lifo.get(), lifo.get_nowait(), lifo.queue)
sq = queue.SimpleQueue()
for i in range(3):
    sq.put_nowait(i)
print(sq.get(), sq.get(block=False), sq.qsize(), sq.empty())
print(issubclass(queue.PriorityQueue, queue.Queue), isinstance(lifo, queue.Queue))
print(queue.Empty.__name__, issubclass(queue.Full, Exception))
empty = queue.Queue()
empty.get(timeout=0.01)
