# str.encode's error handlers for the single-byte codecs (the common "strip to ASCII" idiom).
words = ["café", "naïve", "Straße", "€uro", "emoji 😀!", "plain"]
for w in words:
    print(w.encode("ascii", "ignore"), w.encode("ascii", errors="replace"))
    print(w.encode("ascii", "backslashreplace"), w.encode("latin-1", "xmlcharrefreplace"))
print("".join(w.encode("ascii", "ignore").decode() for w in words))
print(bytes("Ünïcödé", "ascii", "replace"))
print("ok".encode("ascii", "no-such-handler"))
for codec, handler in [("ascii", "strict"), ("latin-1", None), ("ascii", "no-such-handler")]:
    try:
        print("€ and é".encode(codec, handler) if handler else "€ and é".encode(codec))
    except (UnicodeEncodeError, LookupError) as e:
        print(type(e).__name__, e)
