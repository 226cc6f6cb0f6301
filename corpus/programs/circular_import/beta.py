print("beta: start")
import alpha
NAME = "beta"
print("beta: sees alpha without NAME:", hasattr(alpha, "NAME"))


def partner():
    return alpha.NAME


def shout():
    return NAME.upper()
