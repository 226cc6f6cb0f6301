"""Job processing with queue.Queue / PriorityQueue / LifoQueue."""
import queue
from queue import PriorityQueue, LifoQueue, Queue, Empty, Full
from dataclasses import dataclass, field


@dataclass(order=True)
class Task:
    priority: int
    name: str = field(compare=False)
    cost: int = field(default=1, compare=False)


def fifo_demo():
    q = Queue()
    for i in range(5):
        q.put(f"job-{i}")
    print(q.qsize(), q.empty(), q.full())
    out = []
    while not q.empty():
        out.append(q.get())
        q.task_done()
    print(out)
    try:
        q.get_nowait()
    except Empty:
        print("queue empty")
    try:
        q.get(block=False)
    except queue.Empty:
        print("still empty")
    bounded = Queue(maxsize=2)
    bounded.put(1)
    bounded.put_nowait(2)
    print(bounded.full(), bounded.maxsize)
    try:
        bounded.put_nowait(3)
    except Full:
        print("queue full")
    q.join()


def priority_demo():
    pq = PriorityQueue()
    for t in [Task(3, "write docs"), Task(1, "fix bug", 5), Task(2, "review"), Task(1, "deploy", 2)]:
        pq.put(t)
    total = 0
    while not pq.empty():
        task = pq.get()
        total += task.cost
        print(f"{task.priority} {task.name:<12} cost={task.cost}")
    print("total cost", total)
    pq2 = PriorityQueue()
    for item in [(5, "e"), (1, "a"), (3, "c"), (1, "b")]:
        pq2.put(item)
    print([pq2.get() for _ in range(pq2.qsize())])


def lifo_demo():
    stack = LifoQueue()
    for ch in "abcde":
        stack.put(ch)
    print("".join(stack.get() for _ in range(stack.qsize())))
    sq = queue.SimpleQueue()
    sq.put(1)
    sq.put(2)
    print(sq.get(), sq.qsize(), sq.empty())


def bfs_grid():
    grid = ["S.#.....", ".##.###.", "....#...", ".##...#E"]
    rows, cols = len(grid), len(grid[0])
    start = next((r, c) for r in range(rows) for c in range(cols) if grid[r][c] == "S")
    q = Queue()
    q.put((start, 0))
    seen = {start}
    while not q.empty():
        (r, c), d = q.get()
        if grid[r][c] == "E":
            return d
        for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
            nr, nc = r + dr, c + dc
            if 0 <= nr < rows and 0 <= nc < cols and grid[nr][nc] != "#" and (nr, nc) not in seen:
                seen.add((nr, nc))
                q.put(((nr, nc), d + 1))
    return -1


fifo_demo()
priority_demo()
lifo_demo()
print("shortest path:", bfs_grid())
