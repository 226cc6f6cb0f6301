print("local os.py must not run")
