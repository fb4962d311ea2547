# 3.x bytes methods refuse str arguments (the text helpers they share with str took them).
b = b"abc"
for name, args in [("split", ("a",)), ("rsplit", ("a",)), ("replace", ("a", b"x")), ("replace", (b"a", "x")), ("strip", ("a",)), ("lstrip", ("a",)), ("partition", ("b",)), ("rpartition", ("b",)), ("find", ("b",)), ("rfind", ("b",)), ("index", ("b",)), ("count", ("b",)), ("startswith", ("a",)), ("endswith", ("a",)), ("center", (5, "x")), ("ljust", (5, "x")), ("join", (["a"],)), ("removeprefix", ("a",)), ("translate", (None, "a")), ("split", (None,)), ("decode", ("ascii",)), ("zfill", (5,))]:
    if not hasattr(b, name):
        continue
    try:
        print(name, getattr(b, name)(*args))
    except TypeError as e:
        print(name, "TypeError", e)
