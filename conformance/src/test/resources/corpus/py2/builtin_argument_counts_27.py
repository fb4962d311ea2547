# 2.7's builtins parsed with PyArg_ParseTuple ("chr() takes exactly 1 argument"), cmp's UnpackTuple,
# sorted's four parameters, open() as file's constructor.
tests = [
    ("cmp()", lambda: cmp()), ("cmp(1, 2, 3)", lambda: cmp(1, 2, 3)), ("chr()", lambda: chr()),
    ("unichr(1, 2)", lambda: unichr(1, 2)), ("intern()", lambda: intern()), ("sorted(1, 2, 3, 4, 5)", lambda: sorted(1, 2, 3, 4, 5)),
    ("open(1, 2, 3, 4)", lambda: open(1, 2, 3, 4)), ("compile(1, 2, 3, 4, 5, 6)", lambda: compile(1, 2, 3, 4, 5, 6)),
    ("round(number=2.5)", lambda: round(number=2.5)),
]
for text, f in tests:
    try:
        print("%s -> %r" % (text, f()))
    except Exception as e:
        print("%s -> %s: %s" % (text, type(e).__name__, e))
