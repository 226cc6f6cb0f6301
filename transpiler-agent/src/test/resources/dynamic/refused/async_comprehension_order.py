# expect: `async def`
# An awaiting comprehension after an operand with effects: taking it out of the statement would
# call `label()` after the awaits instead of before them.
def label():
    print("label")
    return "x"

async def double(x):
    return 2 * x

async def main():
    print(label(), [await double(x) for x in range(3)])
