def handler_raises():
    try:
        raise ValueError("first")
    except ValueError:
        raise TypeError("second")

try:
    handler_raises()
except TypeError as e:
    print("got %s" % e)

def finally_raises():
    try:
        raise ValueError("hidden")
    finally:
        raise KeyError("from finally")

try:
    finally_raises()
except KeyError as e:
    print("got KeyError %s" % e)
except ValueError:
    print("not this")

def bare_reraise():
    try:
        int("nope")
    except ValueError:
        print("logging")
        raise

try:
    bare_reraise()
except ValueError as e:
    print("re-raised: %s" % e)

def reraise_after_inner():
    try:
        raise IndexError("outer")
    except IndexError:
        try:
            raise KeyError("inner")
        except KeyError:
            pass
        raise

try:
    reraise_after_inner()
except LookupError as e:
    print(type(e).__name__)

def raise_instance_or_class(flag):
    if flag:
        raise RuntimeError
    raise RuntimeError("msg")
for f in (True, False):
    try:
        raise_instance_or_class(f)
    except RuntimeError as e:
        print(repr(e.args))

def deep(n):
    if n == 0:
        try:
            {}[n]
        except KeyError:
            raise AttributeError("converted at depth 0")
    deep(n - 1)
deep(3)
