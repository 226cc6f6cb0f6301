print("lib: init")
