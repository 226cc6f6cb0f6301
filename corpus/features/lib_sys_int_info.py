# sys.int_info and the int/str conversion limit: what programs read to size their digit work,
# and CPython's ValueError past 4300 digits until sys.set_int_max_str_digits lifts it.
import math
import sys

info = sys.int_info
print(info.bits_per_digit, info.sizeof_digit, info.default_max_str_digits, info.str_digits_check_threshold)
print(sys.maxsize, sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig)
f = math.factorial(1000)
print(len(str(f)), str(f)[:20], f.bit_length())
try:
    print(len(str(math.factorial(2000))))
except ValueError as e:
    print("ValueError:", e)
try:
    int("7" * 4301)
except ValueError as e:
    print("ValueError:", e)
print(len(hex(math.factorial(3000))), len(f"{2 ** 10000:x}"))
sys.set_int_max_str_digits(0)
print(len(str(math.factorial(2000))), sys.get_int_max_str_digits())
sys.set_int_max_str_digits(info.default_max_str_digits)
print(sys.get_int_max_str_digits())
