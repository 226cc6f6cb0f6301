import counter


def show():
    print("report sees count =", counter.count, "describe:", counter.describe())
