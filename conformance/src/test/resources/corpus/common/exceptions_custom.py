# User-defined exception hierarchies with extra state.
class AppError(Exception):
    pass

class NotFound(AppError):
    def __init__(self, key):
        AppError.__init__(self, "not found: %s" % key)
        self.key = key

class Invalid(AppError):
    def __str__(self):
        return "invalid(%s)" % ", ".join(str(a) for a in self.args)

def lookup(table, key):
    if key not in table:
        raise NotFound(key)
    value = table[key]
    if value < 0:
        raise Invalid(key, value)
    return value

table = {"a": 1, "b": -2}
for key in ["a", "b", "c"]:
    try:
        print(lookup(table, key))
    except NotFound as e:
        print("NotFound %s %s" % (e.key, e))
    except AppError as e:
        print("AppError %s" % e)

print(issubclass(NotFound, Exception))
print(isinstance(Invalid(), AppError))
try:
    raise NotFound("zz")
except Exception as e:
    print(type(e).__name__)
    print(e.args)
