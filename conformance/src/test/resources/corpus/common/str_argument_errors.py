# -*- coding: utf-8 -*-
# wrongly typed arguments to str methods and number parsing: each CPython's error, never a SystemError
from __future__ import print_function


def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


t("join int", lambda: ",".join(1))
t("join None", lambda: "".join(None))
t("join gen", lambda: "-".join(str(i) for i in range(3)))
t("replace int", lambda: "a".replace(1, "x"))
t("replace new int", lambda: "a".replace("a", 2))
t("index big", lambda: "abc"[2 ** 70])
t("list index big", lambda: [1][2 ** 70])
t("split int", lambda: "a b".split(1))
t("rsplit int", lambda: "a b".rsplit(1))
t("strip int", lambda: "a".strip(1))
t("rstrip list", lambda: "a".rstrip(["a"]))
t("encode int", lambda: "a".encode(1))
t("encode errors int", lambda: "a".encode("ascii", 5))
t("startswith tuple int", lambda: "a".startswith(("b", 1)))
t("endswith tuple int", lambda: "a".endswith((None,)))
t("splitlines str", lambda: "a\nb".splitlines("x"))
t("splitlines int", lambda: "a\nb".splitlines(1))
t("int nbsp", lambda: int(u"\xa042\u2003"))
t("int arabic", lambda: int(u"\u0664\u0662"))
t("float nbsp", lambda: float(u"\xa01.5 "))
t("float underscore", lambda: float("1_000.5"))
t("int long literal", lambda: int("x" * 300))
t("str repeat", lambda: len("ab" * 3))
t("str repeat huge", lambda: "ab" * 2 ** 62)
t("format comma str", lambda: "{:,}".format("a"))
t("format arg 2", lambda: format(1, 2))
t("format ok", lambda: format(1234567, ","))
t("str index missing", lambda: "abc".index("z"))
t("count float", lambda: "abc".count("a", 1.5))
