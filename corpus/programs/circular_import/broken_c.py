import broken_d
TOKEN = "c"
