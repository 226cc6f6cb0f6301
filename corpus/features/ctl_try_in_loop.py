results = []
for token in ["10", "0", "x", "5", "-2", ""]:
    try:
        n = int(token)
        if n < 0:
            raise ValueError("negative: " + token)
        results.append(100 // n)
    except ZeroDivisionError:
        results.append("div0")
        continue
    except ValueError as e:
        results.append("bad(" + str(e) + ")")
        if token == "":
            break
    else:
        results.append("ok")
    finally:
        results.append("|")
print(results)
attempts = 0
while True:
    attempts += 1
    try:
        if attempts < 3:
            raise ConnectionError("retry " + str(attempts))
        print("connected after", attempts)
        break
    except ConnectionError as e:
        print(e)
