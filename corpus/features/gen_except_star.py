import asyncio
def gen(groups):
    for g in groups:
        try:
            if g:
                raise ExceptionGroup("g", g)
            yield "ok"
        except* ValueError as e:
            yield f"values {len(e.exceptions)}"
        except* KeyError:
            yield "keys"
for item in gen([[], [ValueError(1), ValueError(2)], [KeyError(1)], [ValueError(3), KeyError(2)]]):
    print(item)
async def task(n):
    await asyncio.sleep(0)
    if n % 2:
        raise ValueError(f"odd {n}")
    return n
async def main():
    try:
        results = await asyncio.gather(*(task(i) for i in range(4)), return_exceptions=True)
        errs = [r for r in results if isinstance(r, Exception)]
        if errs:
            raise ExceptionGroup("tasks failed", errs)
    except* ValueError as eg:
        for e in eg.exceptions:
            print("task error:", e)
    def find():
        try:
            return 1 / 0
        except* ZeroDivisionError:
            print("zero")
        return -1
    print(find())
asyncio.run(main())
