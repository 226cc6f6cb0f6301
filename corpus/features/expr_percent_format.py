print("%s is %d years old" % ("Ann", 30))
print("%5d|%-5d|%05d|%+d|%x|%X|%o|%#x|%#o" % (42, 42, 42, 42, 255, 255, 8, 255, 8))
print("%.2f|%8.3f|%-8.1f|%e|%.0f|%g|%g" % (3.14159, 2.71828, 1.5, 12345.678, 2.5, 0.0001, 1e20))
print("%s %r %s" % ("str", "str", [1, "a"]))
print("%c%c %%" % (72, "i"))
print("%(name)s has %(count)03d items" % {"name": "cart", "count": 7})
print("%s" % (("tuple", "in", "tuple"),))
print("%10s|%-10s|%.3s" % ("right", "left", "truncate"))
print("%d%%" % 50, "%i" % -3, "%u" % 7)
print("no args %%" % ())
try:
    print("%d" % "x")
except TypeError as e:
    print("TypeError:", e)
try:
    print("%s %s" % ("one",))
except TypeError as e:
    print("TypeError:", e)
