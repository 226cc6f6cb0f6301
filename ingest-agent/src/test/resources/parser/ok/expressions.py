x = 1 + 2 * 3 - 4 / 5 // 6 % 7 @ m ** -8
y = a | b ^ c & d << 1 >> 2
z = not a and b or c
w = a < b <= c > d >= e == f != g in h not in i is j is not k
v = lambda a, b=1, *c, d, e=2, **f: a if b else c
u = (yield_ := 5)
t = [1, 2, *rest], (1,), (), {1: 2, **other}, {1, 2}, {}
s = [i for i in range(10) if i % 2 if i > 3 for j in i]
r = {k: v for k, v in items}, {s for s in x}, (g for g in h)
q = f(a, b, *c, d=1, **e)(x)[1:2, ::3, 4:][...]
p = a.b.c[d](e).f
o = -x, +x, ~x, not x
n = (a)(b), (a).b, (a)[b]
m = a if b else c if d else e
l = x[1:2:3], x[:], x[::], x[a, b], x[*a]
k = await_ = 3
j = 0xFF, 0o17, 0b101, 1_000_000, 1.5e10, .5, 5., 1j, 2.5J, 10**100, 1e16, 1e-5, 0.0001
i = 123456789012345678901234567890123
