from broken_a import missing_yet
VALUE = 1
