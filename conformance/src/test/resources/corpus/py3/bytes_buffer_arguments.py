# bytes operations take any bytes-like object: bytearray and memoryview arguments
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


mv = memoryview(b"c")
t("concat mv", lambda: b"a" + mv)
t("concat ba", lambda: b"a" + bytearray(b"b"))
t("mv concat", lambda: mv + b"a")
t("join mixed", lambda: b"-".join([bytearray(b"a"), b"b", memoryview(b"c")]))
t("replace", lambda: b"xy".replace(bytearray(b"x"), memoryview(b"z")))
t("split", lambda: b"x,y".split(memoryview(b",")))
t("startswith", lambda: b"xy".startswith(memoryview(b"x")))
t("find", lambda: b"xyz".find(memoryview(b"z")))
t("count", lambda: b"xxyx".count(bytearray(b"x")))
t("strip", lambda: b"xyx".strip(memoryview(b"x")))
t("in", lambda: bytearray(b"x") in b"xy")
t("percent", lambda: b"%s|%s" % (bytearray(b"ab"), b"cd"))
t("compare", lambda: b"a" < bytearray(b"b"))
t("eq", lambda: b"ab" == bytearray(b"ab"))
