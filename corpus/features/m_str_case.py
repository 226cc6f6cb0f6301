words = ["hello world", "foo-bar o'neil 3rd", "ǅemal ǉubljana", "ǆungla", "ﬁnal ﬂow", "straße", "ᾳ ᾀ", "ŉ x",
         "ΣΊΣΥΦΟΣ", "MiXeD cAsE", "123abc", "  spaces  "]
for w in words:
    print(repr(w.title()), repr(w.capitalize()), repr(w.casefold()), w.istitle(), w.title().istitle())
print("ς ſ µ ϐ ﬅ".casefold(), "ẞ".casefold(), "ǅ".isupper(), "ǅ".islower(), "Ǆ".lower(), "ǆ".upper())
print("ǅungla".istitle(), "ǄUngla".istitle(), "Hello World".istitle(), "Hello world".istitle())
