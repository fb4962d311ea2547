# Exception chaining: raise from, implicit __context__, suppression with from None, and an
# uncaught chained exception printed with both tracebacks (exit 1).
class ConfigError(Exception):
    pass
def parse_port(text):
    try:
        return int(text)
    except ValueError as e:
        raise ConfigError(f"bad port {text!r}") from e
def lookup(cfg, key):
    try:
        return cfg[key]
    except KeyError:
        raise ConfigError(f"missing {key}") from None
for text in ["80", "eighty"]:
    try:
        print(parse_port(text))
    except ConfigError as e:
        print("ConfigError:", e, "| cause:", repr(e.__cause__), "| suppress:", e.__suppress_context__)
try:
    lookup({}, "host")
except ConfigError as e:
    print("ConfigError:", e, e.__cause__, type(e.__context__).__name__, e.__suppress_context__)
def implicit():
    try:
        {}["k"]
    except KeyError:
        return 1 / 0
try:
    implicit()
except ZeroDivisionError as e:
    print("context:", type(e.__context__).__name__, repr(e.__context__), e.__cause__)
try:
    try:
        raise TypeError("one")
    except TypeError as e1:
        try:
            raise ValueError("two")
        except ValueError as e2:
            print(e2.__context__ is e1, e1.__context__)
            raise
except ValueError as outer:
    print("outer:", outer, "context:", outer.__context__)
def load(settings):
    return parse_port(settings["port"])
def start(settings):
    try:
        return load(settings)
    except ConfigError as e:
        raise RuntimeError("server failed to start") from e
print("starting")
start({"port": "http"})
