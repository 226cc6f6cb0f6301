def salute(name):
    return "hello " + name


def welcome(name):
    return salute(name) + "!"
