def risky():
    raise ExceptionGroup("batch", [
        ValueError("v1"),
        TypeError("t1"),
        ValueError("v2"),
        KeyError("k1"),
    ])

try:
    risky()
except* ValueError as eg:
    print("values:", [str(e) for e in eg.exceptions])
    print(type(eg).__name__, eg.message)
except* (TypeError, KeyError) as eg:
    print("others:", [repr(e) for e in eg.exceptions])

try:
    raise ValueError("naked")
except* ValueError as eg:
    print("wrapped:", repr(eg))

eg = ExceptionGroup("outer", [ValueError(1), ExceptionGroup("inner", [TypeError(2), ValueError(3)])])
match, rest = eg.split(ValueError)
print(repr(match))
print(repr(rest))
print(repr(eg.subgroup(lambda e: isinstance(e, TypeError))))
print(eg.derive([KeyError("x")]).message)
print(issubclass(ExceptionGroup, BaseExceptionGroup), issubclass(ExceptionGroup, Exception))
beg = BaseExceptionGroup("b", [ValueError(1)])
print(type(beg).__name__)

try:
    try:
        risky()
    except* TypeError:
        print("handled TypeError only")
except ExceptionGroup as leftover:
    print("leftover:", [type(e).__name__ for e in leftover.exceptions])

try:
    ExceptionGroup("bad", [])
except ValueError as e:
    print("ValueError:", e)
try:
    risky()
except* KeyError:
    print("only KeyError handled")
