lst = [3, 1, 4]
lst.append(1)
lst.extend([5, 9])
lst.insert(0, 2)
lst.insert(100, 6)
lst.insert(-1, 7)
print(lst, len(lst))
print(lst.pop(), lst.pop(0), lst.pop(-2), lst)
lst.remove(1)
print(lst, lst.index(4), lst.count(1), lst.index(1, 2))
lst.reverse()
print(lst)
lst.sort()
print(lst)
copy = lst.copy()
copy.append("x")
print(lst, copy)
lst.clear()
print(lst, [1, 2] + [3], [0] * 3, [[0]] * 2, [1, 2] == [1, 2], [1, 2] < [1, 3])
grid = [[0] * 2 for _ in range(2)]
grid[0][1] = 5
print(grid)
stack = []
for ch in "([{}])":
    if ch in "([{":
        stack.append(ch)
    else:
        print("match", stack.pop(), ch)
print(stack)
try:
    [].pop()
except IndexError as e:
    print("IndexError:", e)
try:
    [1].remove(2)
except ValueError as e:
    print("ValueError:", e)
nums = [1, 2, 3]
nums += [4]
nums *= 2
print(nums, 3 in nums, nums[::-1])
