# Nested handlers, bare raise, re-raising other exceptions, exception attributes.
def inner():
    try:
        [][1]
    except IndexError:
        print("inner caught, re-raising")
        raise

def middle():
    try:
        inner()
    finally:
        print("middle finally")

try:
    middle()
except IndexError as e:
    print("outer caught IndexError")

def convert():
    try:
        {}["k"]
    except KeyError:
        raise ValueError("converted")

try:
    convert()
except ValueError as e:
    print("got %s" % e)

try:
    try:
        1 // 0
    except ZeroDivisionError:
        print("division handled")
        try:
            int("x")
        except ValueError:
            print("inner ValueError handled")
    print("after nested")
except Exception:
    print("not reached")

e = Exception("a", 2)
print(e.args)
print(str(Exception("single")))
print(repr(ValueError("v")) in ("ValueError('v',)", "ValueError('v')"))
try:
    raise TypeError
except TypeError as t:
    print(type(t).__name__)
    print(t.args)

for exc in (ZeroDivisionError, AttributeError, NameError):
    try:
        raise exc("m")
    except (ArithmeticError, LookupError):
        print("arith or lookup: %s" % exc.__name__)
    except Exception as other:
        print("other: %s" % type(other).__name__)
