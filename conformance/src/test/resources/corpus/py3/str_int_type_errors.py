# str/int/bytes mixing errors and their 3.x messages; conversions that only 3.x accepts.
half = 1.5
cases = [
    ("'a' + 1", lambda: "a" + 1),
    ("1 + 'a'", lambda: 1 + "a"),
    ("'a' * 'b'", lambda: "a" * "b"),
    ("'a' * 2.0", lambda: "a" * 2.0),
    ("b'a' + 'b'", lambda: b"a" + "b"),
    ("'a' < 1", lambda: "a" < 1),
    ("[1] < (1,)", lambda: [1] < (1,)),
    ("None + 1", lambda: None + 1),
    ("-'x'", lambda: -"x"),
    ("len(5)", lambda: len(5)),
    ("'%d' % 'x'", lambda: "%d" % "x"),
    ("'%s %s' % (1,)", lambda: "%s %s" % (1,)),
    ("'{} {}'.format(1)", lambda: "{} {}".format(1)),
    ("'abc'[1.5]", lambda: "abc"[half]),
    ("'abc'[10]", lambda: "abc"[10]),
    ("'x'.join([1, 2])", lambda: "x".join([1, 2])),
    ("int('4.5')", lambda: int("4.5")),
    ("int('')", lambda: int("")),
    ("int('12', 1)", lambda: int("12", 1)),
    ("int(b'7x')", lambda: int(b"7x")),
    ("float('1,5')", lambda: float("1,5")),
    ("str(b'x', 'nope')", lambda: str(b"x", "nope")),
    ("chr(-1)", lambda: chr(-1)),
    ("ord('ab')", lambda: ord("ab")),
    ("'abc'.index('z')", lambda: "abc".index("z")),
    ("sorted([1, 'a'])", lambda: sorted([1, "a"])),
    ("sum(['a'])", lambda: sum(["a"])),
    ("hash([])", lambda: hash([])),
    ("'s'.missing", lambda: "s".missing),
    ("(1).real = 2", lambda: setattr(1, "real", 2)),
]
for label, thunk in cases:
    try:
        print(label, "=", repr(thunk()))
    except Exception as e:
        print(f"{label}: {type(e).__name__}: {e}")
print(int("1_000"), int(" 0b1_01 ", 0), float("1_0.5"), int("٣"), str(b"hi", "ascii"))
print(int(b" 42 "), float(b"2.5"), "abc".removeprefix("a") if hasattr(str, "removeprefix") else "bc")
print(repr(str(b"x")), ascii("é"), f"{255:#x}", 7 // 2, 7 / 2, -7 // 2, int(-7 / 2))
