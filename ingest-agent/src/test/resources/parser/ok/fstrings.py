name = "x"
a = f"hello {name}"
b = f"{name!r} {name!s:>10} {name!a}"
c = f"{3.14159:.2f} {name:{width}.{precision}}"
d = f"{name=} {name = } {name=!s} {name=:>5}"
e = f'{"nested"}' f"{f'{name}'}"
f = f"{{literal}} {{ {name} }}"
g = rf"\d{name}" fr'\w'
h = f"""multi
{name}
line"""
i = "plain" f"mixed {name}" 'tail'
j = f"{x:{y}}" f"{x:a{y}}" f"{x:{y}a}" f"{x:}"
k = f"{ {1: 2}[1] }" f"{(lambda: 1)()}"
l = f"{a['key']}" f'{a["key"]}' f"{a["key"]}"
m = f"\n{x}\t" f"" f"{x}" ""
