class AppError(Exception):
    pass

class ConfigError(AppError):
    def __init__(self, key, reason):
        super(ConfigError, self).__init__(key, reason)
        self.key = key
        self.reason = reason
    def __str__(self):
        return "bad config %s: %s" % (self.key, self.reason)

class NetError(AppError):
    code = 500

class Timeout(NetError):
    code = 504

e = ConfigError("port", "not a number")
print(e.args)
print(str(e))
print(repr(AppError("x", 1)))
print(str(AppError()))
print(str(AppError("one")))
print(str(AppError("one", "two")))

for exc in [ConfigError("a", "b"), Timeout("slow"), NetError(), AppError("plain")]:
    try:
        raise exc
    except NetError as err:
        print("net %d %r" % (err.code, err.args))
    except AppError as err:
        print("app %s" % err)

try:
    try:
        raise Timeout("t1")
    except NetError:
        raise ConfigError("retry", "exhausted")
except AppError as err:
    print(type(err).__name__)
    print(err.key)

class WithRepr(Exception):
    def __repr__(self):
        return "WithRepr!"
print(repr(WithRepr(1)))
print(isinstance(Timeout(), AppError))
print(Timeout.__mro__[1].__name__)
raise ConfigError("host", "missing")
