# special methods of str, bytes, list and tuple called by name, and memoryview equality
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


t("rmod str", lambda: "a".__rmod__("x"))
t("rmod fmt", lambda: "!".__rmod__("%s"))
t("rmod int", lambda: "%s!".__rmod__(5))
t("rmod unbound", lambda: str.__rmod__("x", "<%s>"))
t("getnewargs str", lambda: "ab".__getnewargs__())
t("getnewargs bytes", lambda: b"ab".__getnewargs__())
t("getnewargs tuple", lambda: (1, 2).__getnewargs__())
t("getnewargs int", lambda: (7).__getnewargs__())
t("getnewargs float", lambda: (1.5).__getnewargs__())
t("rmul str", lambda: "ab".__rmul__(3))
t("rmul list", lambda: [0].__rmul__(2))
t("add ok", lambda: "a".__add__("b"))
t("eq other", lambda: "a".__eq__(1))
t("ne other", lambda: "a".__ne__(1))
t("lt other", lambda: "a".__lt__(1))
t("lt same", lambda: "a".__lt__("b"))
t("list eq tuple", lambda: [1].__eq__((1,)))
t("int eq float", lambda: (1).__eq__(1.0))
t("float eq int", lambda: (1.0).__eq__(1))
t("dict eq list", lambda: {}.__eq__([]))
t("set eq frozenset", lambda: {1}.__eq__(frozenset([1])))
t("tuple lt list", lambda: (1,).__lt__([2]))


class Tag(str):
    pass


t("subclass eq", lambda: "a".__eq__(Tag("a")))
t("subclass getnewargs", lambda: Tag("x").__getnewargs__())
m = memoryview(b"ab")
t("mv == bytes", lambda: m == b"ab")
t("bytes == mv", lambda: b"ab" == m)
t("mv == bytearray", lambda: m == bytearray(b"ab"))
t("bytearray == mv", lambda: bytearray(b"ab") == m)
t("mv != other", lambda: m != b"ac")
t("mv == mv", lambda: m == memoryview(b"ab"))
t("mv in list", lambda: b"ab" in [m])
