# except*: the group raised at the end holds what the handlers raised first, in their order, and
# then what is left of the original group (re-raised), as _PyExc_PrepReraiseStar builds it.
def show(e, depth=0):
    pad = "  " * depth
    if isinstance(e, BaseExceptionGroup):
        print("%s%s(%r)" % (pad, type(e).__name__, e.message))
        for sub in e.exceptions:
            show(sub, depth + 1)
    else:
        print("%s%r" % (pad, e))


def run(raise_in_value, raise_in_key):
    try:
        raise ExceptionGroup("outer", [ValueError("v"), KeyError("k"),
                                       ExceptionGroup("inner", [TypeError("t")])])
    except* ValueError:
        if raise_in_value:
            raise RuntimeError("from the ValueError handler")
    except* KeyError:
        if raise_in_key:
            raise OSError("from the KeyError handler")


for flags in [(True, False), (False, True), (True, True), (False, False)]:
    try:
        run(*flags)
    except BaseException as e:
        show(e)
        print("--")
try:
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError as eg:
        raise RuntimeError("wrapped") from eg
except BaseException as e:
    show(e)
    print(repr(e.exceptions[0].__cause__))
