# An ASCII Mandelbrot set and a discrete Fourier transform, both with complex numbers
import cmath


def mandelbrot(c, limit=30):
    z = 0j
    for n in range(limit):
        z = z * z + c
        if abs(z) > 2:
            return n
    return limit


shades = " .:-=+*#%@"
for row in range(12):
    y = 1.2 - row * 0.2
    line = ""
    for col in range(40):
        x = -2.1 + col * 0.07
        n = mandelbrot(complex(x, y))
        line += shades[min(n, 29) * len(shades) // 30]
    print(line.rstrip())


def dft(xs):
    n = len(xs)
    return [sum(x * cmath.exp(-2j * cmath.pi * k * t / n) for t, x in enumerate(xs)) for k in range(n)]


def idft(ys):
    n = len(ys)
    return [sum(y * cmath.exp(2j * cmath.pi * k * t / n) for k, y in enumerate(ys)) / n for t in range(n)]


signal = [0, 1, 0, -1, 0.5, 0.5, -0.5, -0.5]
spectrum = dft(signal)
for k, c in enumerate(spectrum):
    mag, ang = cmath.polar(c)
    print(f"{k}: {c:.4f}  |{mag:.4f}| {ang:+.3f}")
back = idft(spectrum)
print([round(v.real, 10) for v in back])
print(max(abs(a - b) for a, b in zip(signal, back)) < 1e-12)
