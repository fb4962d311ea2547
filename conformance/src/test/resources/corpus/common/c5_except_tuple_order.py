class AppError(Exception):
    pass

class DbError(AppError):
    pass

class NetError(AppError):
    pass

class Timeout(NetError, LookupError):
    pass

LOOKUPS = (KeyError, IndexError)
NET = (NetError,) + LOOKUPS
ALL = (ValueError,) + NET + (AppError,)

def classify(exc):
    try:
        raise exc
    except (DbError, ZeroDivisionError) as e:
        return "db-or-zero %s" % type(e).__name__
    except NET as e:
        return "net-ish %s" % type(e).__name__
    except ALL:
        return "all"
    except AppError:
        return "unreachable base"
    except Exception as e:
        return "generic %s" % type(e).__name__

for exc in (DbError("d"), ZeroDivisionError(), Timeout(), IndexError(1),
            KeyError(2), ValueError(3), AppError(4), TypeError(5)):
    print(classify(exc))

def order_matters(exc):
    try:
        raise exc
    except AppError:
        return "base first"
    except NetError:
        return "never"

print(order_matters(NetError()))
print(order_matters(Timeout()))

def dynamic(exc, catch):
    try:
        raise exc
    except catch() as e:
        return "caught %r by %s" % (e.args, catch.__name__)

def lookups():
    return LookupError

def nothing():
    return ()

print(dynamic(Timeout("t"), lookups))
print(dynamic(KeyError("k"), lookups))
try:
    dynamic(ValueError("v"), nothing)
except ValueError as e:
    print("empty tuple catches nothing: %s" % e)

def reraise_outer():
    try:
        try:
            raise DbError("inner")
        except NET:
            print("not here")
    except AppError as e:
        print("outer handler got %s" % e)
        raise

try:
    reraise_outer()
except Exception as e:
    print("top got %s %s" % (type(e).__name__, e))

def nested_tuple_clause():
    try:
        raise KeyError("n")
    except (ValueError, (KeyError, IndexError)):
        return "nested tuple caught"

try:
    print(nested_tuple_clause())
except TypeError as e:
    print("TypeError: %s" % e)

print(issubclass(Timeout, LOOKUPS[1]), isinstance(Timeout(), (int, (str, (LookupError,)))))
classify(SystemExit(3))
