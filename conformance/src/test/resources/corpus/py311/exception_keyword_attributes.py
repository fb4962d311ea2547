# Exceptions' constructors and attributes in 3.11: OSError's subclass by errno, AttributeError(name=, obj=)
# and NameError(name=) keywords (refused before), ImportError's, groups, notes.
def t(f):
    try:
        r = f()
        print("ok", repr(r))
    except Exception as e:
        print(type(e).__name__, e)
t(lambda: type(OSError(2, "x")).__name__)
t(lambda: type(OSError(13, "x")).__name__)
t(lambda: type(OSError(17, "x", "f")).__name__)
t(lambda: str(OSError(2, "No such file", "a.txt")))
t(lambda: str(OSError(2, "No such file", "a.txt", None, "b.txt")))
t(lambda: str(OSError("just msg")))
t(lambda: OSError(1, 2, 3, 4, 5, 6).args)
t(lambda: str(KeyError(("a",))))
t(lambda: str(KeyError("a", "b")))
t(lambda: str(UnicodeDecodeError("utf-8", b"\xff\xfe", 0, 1, "invalid start byte")))
t(lambda: str(UnicodeEncodeError("ascii", "\xe9", 0, 1, "ordinal not in range(128)")))
t(lambda: str(SyntaxError("msg", ("f.py", 3, 5, "x = (", 3, 6))))
t(lambda: SyntaxError("msg", ("f.py", 3, 5, "x = (")).lineno)
t(lambda: str(StopIteration(1, 2)))
t(lambda: StopIteration(7).value)
t(lambda: SystemExit(3).code)
t(lambda: SystemExit(3, 4).code)
t(lambda: str(ImportError("m", name="mod", path="/p")))
t(lambda: ImportError("m", name="mod").name)
t(lambda: ModuleNotFoundError("x").msg)
t(lambda: str(AttributeError("a", name="n", obj=1)))
t(lambda: NameError("x", name="y").name)
t(lambda: BaseException.__str__(ValueError()))
t(lambda: repr(ExceptionGroup("eg", [ValueError(1), TypeError(2)])))
t(lambda: str(ExceptionGroup("eg", [ValueError(1)])))
t(lambda: ExceptionGroup("eg", [ValueError(1), KeyError(2)]).split(ValueError)[0].exceptions)
t(lambda: ValueError("x").add_note("note") or "noted")
noted = ValueError("with note")
noted.add_note("first")
noted.add_note("second")
t(lambda: noted.__notes__)
try:
    raise ExceptionGroup("grp", [ValueError("v"), TypeError("t")])
except* ValueError as eg:
    print("caught V", eg.exceptions)
except* TypeError as eg:
    print("caught T", eg.exceptions)
for f in [lambda: AttributeError("m", name="n", obj=1).obj, lambda: AttributeError(x=1), lambda: AttributeError("a", "b", name="q").args, lambda: NameError(obj=1), lambda: str(NameError("msg", name="v")), lambda: AttributeError().name]:
    try:
        print(f())
    except TypeError as e:
        print("TE", e)
raise noted
