print("first: loading")
loads = 1
import second
print("first: after importing second", second.ORDER)
