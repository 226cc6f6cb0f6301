class AppError(Exception):
    pass


def check(n):
    if n < 0:
        raise AppError(f"negative: {n}")
    return n * 2
