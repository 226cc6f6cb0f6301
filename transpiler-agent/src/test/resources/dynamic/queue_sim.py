from collections import deque, namedtuple, OrderedDict
import heapq

Task = namedtuple("Task", ["priority", "name"])
tasks = [Task(3, "write"), Task(1, "plan"), Task(2, "test")]
heap = []
for t in tasks:
    heapq.heappush(heap, (t.priority, t.name))
order = []
while heap:
    pri, name = heapq.heappop(heap)
    order.append(name)
print(order, tasks[0], tasks[0].name)
q = deque(maxlen=3)
for i in range(5):
    q.append(i)
print(list(q), len(q))
q.rotate(1)
print(list(q), q[0])
od = OrderedDict()
od["b"] = 1
od["a"] = 2
od.move_to_end("b")
print(list(od.keys()))
print(heapq.nlargest(2, [5, 1, 9, 3]), heapq.nsmallest(2, [5, 1, 9, 3]))
