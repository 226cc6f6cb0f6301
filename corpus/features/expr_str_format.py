print("{} and {}".format("this", "that"))
print("{1} {0} {1}".format("a", "b"))
print("{name} is {age}".format(name="Bob", age=7))
print("{0[0]} {0[1]} {1[k]}".format(["x", "y"], {"k": "v"}))
print("{:>6}|{:<6}|{:^6}|{:*>6}".format("ab", "cd", "ef", "g"))
print("{:.3f} {:,} {:08.2f} {:+d} {:x}".format(3.14159, 9876543, -3.5, 5, 255))
print("{!r} {!s}".format("q", "q"))


class P:
    x = 3
    y = 4


print("{p.x},{p.y}".format(p=P()))
print("{{}} {}".format("escaped"))
print("{:%}".format(0.256), "{:.1%}".format(0.256))
print("{:b} {:o} {:#X} {:e}".format(10, 10, 255, 0.000123))
fmt = "{:^{w}}|"
print(fmt.format("mid", w=9))
print(format(1234.5, ",.2f"), format(42, "08b"), format("s", ">3"), format(3))
try:
    "{} {}".format(1)
except IndexError as e:
    print("IndexError:", e)
