print("second: loading")
ORDER = ["second"]
