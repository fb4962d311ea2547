# ExceptionGroup and except*: splitting, nesting, re-raising the rest.
def raise_group():
    raise ExceptionGroup("several", [ValueError("v1"), TypeError("t1"), ValueError("v2")])

try:
    raise_group()
except* ValueError as eg:
    print("values:", [str(e) for e in eg.exceptions])
except* TypeError as eg:
    print("types:", [str(e) for e in eg.exceptions])

eg = ExceptionGroup("outer", [KeyError("k"), ExceptionGroup("inner", [OSError("o"), KeyError("k2")])])
match, rest = eg.split(KeyError)
print(repr(match))
print(repr(rest))
print(eg.subgroup(lambda e: isinstance(e, OSError)))
try:
    try:
        raise eg
    except* OSError:
        print("handled OSError part")
except ExceptionGroup as remaining:
    print("remaining:", remaining.message, len(remaining.exceptions))

def partial():
    try:
        raise ExceptionGroup("batch", [ZeroDivisionError("z"), IndexError("i")])
    except* ZeroDivisionError:
        print("zero handled, IndexError escapes")

partial()
