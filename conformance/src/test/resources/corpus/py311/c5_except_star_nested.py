def leaves(eg, depth=0):
    for e in eg.exceptions:
        if isinstance(e, BaseExceptionGroup):
            print("  " * depth + "group %r" % e.message)
            leaves(e, depth + 1)
        else:
            print("  " * depth + repr(e))

def build():
    return ExceptionGroup("top", [
        ValueError("v1"),
        ExceptionGroup("io", [OSError("disk"), ValueError("v2")]),
        ExceptionGroup("net", [ConnectionError("reset"), TimeoutError("slow")]),
        KeyError("k"),
    ])

try:
    raise build()
except* ValueError as eg:
    print("ValueError part:")
    leaves(eg)
except* OSError as eg:
    print("OSError part:")
    leaves(eg)
except* KeyError as eg:
    print("KeyError part:", eg.exceptions)

class Tagged(ExceptionGroup):
    def derive(self, excs):
        print("  derive called with", len(excs))
        return Tagged(self.message + "*", excs)

tg = Tagged("tagged", [ValueError(1), TypeError(2), ValueError(3)])
m, r = tg.split(ValueError)
print(type(m).__name__, m.message, type(r).__name__, r.message)
print(tg.subgroup(TypeError).exceptions)
print(tg.subgroup(lambda e: isinstance(e, ValueError) and e.args[0] > 1))
print(tg.split(KeyError))
print(tg.subgroup(lambda e: True) is tg)

try:
    try:
        raise ExceptionGroup("pair", [ValueError("a"), TypeError("b")])
    except* ValueError:
        print("handling ValueError, raising new")
        raise RuntimeError("handler failed")
except* RuntimeError as eg:
    print("outer RuntimeError:", repr(eg.exceptions[0]))
    print("context:", repr(eg.exceptions[0].__context__))
except* TypeError as eg:
    print("outer TypeError:", eg.exceptions)

try:
    ExceptionGroup("empty", [])
except ValueError as e:
    print("ValueError:", e)
try:
    ExceptionGroup("bad", [1])
except ValueError as e:
    print("ValueError:", e)

try:
    raise build()
except* ValueError:
    print("only values handled")
