for i in range(3):
    try:
        break
    except ValueError:
        pass
