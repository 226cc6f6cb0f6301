print(abs(-5), abs(3.5), abs(-0.0), abs(True))
print(round(2.5), round(3.5), round(-2.5), round(2.675, 2), round(1234.5678, -2), round(7), round(0.5))
print(round(3.14159, 3), type(round(2.5)).__name__, type(round(2.5, 0)).__name__)
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(7.5, 2))
print(pow(2, 10), pow(2, -1), pow(3, 4, 5), pow(7, 100, 13), pow(-2, 3), 2 ** 0.5)
print(7 // 2, -7 // 2, 7 % 3, -7 % 3, 7 % -3, 7.0 // 2, -7.5 % 2)
print(10 / 4, 10 / 5, 1 / 3, 2 ** 64, -(2 ** 63), 2 ** -2)
print(int(3.9), int(-3.9), int("42"), int(" -7 "), int("ff", 16), int("0b101", 0), int("z", 36))
print(float("3.5"), float(2), float("-inf"), float("1e3"), float(" 2.5 "))
print(hex(255), bin(10), oct(8), hex(-42), bin(0))
print(ord("A"), ord("é"), ord("日"), chr(65), chr(233), chr(0x1F600))
print(max(1, 2.5), min(-1, -1.0), 3 == 3.0, 0.1 + 0.2 == 0.3, 1e300 * 1e10)
try:
    1 / 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    int("abc")
except ValueError as e:
    print("ValueError:", e)
