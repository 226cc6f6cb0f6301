# comment at top
x = (1 +
     2)  # trailing comment

if x:
	y = 1  # tab indent
	if y:
		z = 2


def f():

    # comment inside
    return [
        1,
        2,
    ]
w = 1 if x else \
    2
s = 'a'; t = 'b';
