print("alpha: start")
import beta
NAME = "alpha"
print("alpha: end, beta.NAME =", beta.NAME)


def greet():
    return "hello from " + NAME + " via " + beta.partner()
