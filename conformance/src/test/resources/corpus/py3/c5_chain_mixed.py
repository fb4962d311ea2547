class StorageError(Exception):
    pass

class ConfigError(Exception):
    pass

def describe(e):
    parts = []
    while e is not None:
        parts.append("%s(%s) cause=%s ctx=%s suppress=%s" % (
            type(e).__name__, e,
            type(e.__cause__).__name__ if e.__cause__ else None,
            type(e.__context__).__name__ if e.__context__ else None,
            e.__suppress_context__))
        e = e.__cause__ or e.__context__
    return parts

def read_disk():
    raise OSError("disk gone")

def load():
    try:
        read_disk()
    except OSError as e:
        raise StorageError("cannot load") from e

def configure():
    try:
        load()
    except StorageError:
        raise ConfigError("bad config")

def hidden():
    try:
        configure()
    except ConfigError:
        raise RuntimeError("clean slate") from None

try:
    configure()
except ConfigError as e:
    for line in describe(e):
        print(line)

try:
    hidden()
except RuntimeError as e:
    print(describe(e))
    print(type(e.__context__).__name__)

def finally_replaces():
    try:
        raise KeyError("in flight")
    finally:
        raise ValueError("from finally")

try:
    finally_replaces()
except ValueError as e:
    print(describe(e))

e = ValueError("manual")
e.__cause__ = KeyError("set by hand")
print(e.__suppress_context__)
print(describe(e))

def top():
    try:
        finally_replaces()
    except ValueError:
        try:
            configure()
        finally:
            print("unwinding top")

top()
