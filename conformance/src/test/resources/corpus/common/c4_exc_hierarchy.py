def attempt(fn):
    try:
        fn()
    except ZeroDivisionError as e:
        return "ZeroDivisionError"
    except ArithmeticError as e:
        return "ArithmeticError:" + type(e).__name__
    except LookupError as e:
        return "LookupError:" + type(e).__name__
    except (TypeError, ValueError) as e:
        return "TypeOrValue:" + type(e).__name__
    except Exception as e:
        return "Exception:" + type(e).__name__
    return "ok"

def overflow():
    import sys
    raise OverflowError("big")

cases = [
    lambda: 1 / 0,
    lambda: 1 % 0,
    overflow,
    lambda: [][1],
    lambda: {}["k"],
    lambda: int("x"),
    lambda: len(5),
    lambda: undefined_name,
    lambda: None.attr,
    lambda: None,
    lambda: next(iter([])),
]
for c in cases:
    print(attempt(c))

print(issubclass(KeyError, LookupError))
print(issubclass(IndexError, Exception))
print(issubclass(UnicodeDecodeError, ValueError))
print(issubclass(NameError, Exception))
print(issubclass(KeyboardInterrupt, Exception))
print(issubclass(SystemExit, BaseException))
print(issubclass(StopIteration, Exception))
print(issubclass(AssertionError, Exception))
print([c.__name__ for c in ZeroDivisionError.__mro__])
try:
    raise KeyError("a", "b")
except LookupError as e:
    print(e.args)
try:
    assert 1 == 2, "math broke"
except AssertionError as e:
    print(e)
raise LookupError("base lookup")
