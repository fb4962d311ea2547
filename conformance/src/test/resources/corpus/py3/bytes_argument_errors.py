# wrongly typed arguments to bytes, bytearray and str/bytes constructors
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


t("bytes index missing", lambda: b"abc".index(b"z"))
t("bytes rindex missing", lambda: b"abc".rindex(b"z"))
t("bytearray index missing", lambda: bytearray(b"abc").index(b"z"))
t("bytes join int", lambda: b"".join(5))
t("bytes split str", lambda: b"a b".split("a"))
t("bytes split int", lambda: b"a b".split(1))
t("bytes strip int", lambda: b"a".strip(1))
t("bytes startswith tuple", lambda: b"a".startswith((b"a", 1)))
t("bytes float", lambda: bytes(1.5))
t("bytes str no encoding", lambda: bytes("a"))
t("bytes str errors only", lambda: bytes("a", errors="strict"))
t("bytes bytes encoding", lambda: bytes(b"a", "ascii"))
t("bytes keywords", lambda: bytes("h\xe9", encoding="latin-1"))
t("bytes no args", lambda: bytes())
t("bytes iterable", lambda: bytes([104, 105]))
t("str decode int", lambda: str(1, "ascii"))
t("str decode str", lambda: str("a", "ascii"))
t("str decode bytearray", lambda: str(bytearray(b"hi"), "ascii"))
t("bytearray pop", lambda: bytearray(b"ab").pop(5))
t("bytearray pop neg", lambda: bytearray(b"ab").pop(-1))
t("float underscore bad", lambda: float("1_.5"))
t("float underscore lead", lambda: float("_1.5"))
t("format spec", lambda: "{:abc}".format(1))
t("format spec float", lambda: format(1.5, "zz"))
t("bytes repeat huge", lambda: b"ab" * 2 ** 62)
