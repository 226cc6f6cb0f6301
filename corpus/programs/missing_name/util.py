print("util: loading")
ANSWER = 42
