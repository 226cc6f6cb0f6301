print("leaving")
