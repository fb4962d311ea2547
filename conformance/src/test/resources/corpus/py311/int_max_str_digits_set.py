# sys.set_int_max_str_digits() changes this interpreter's limit on int <-> decimal str conversions,
# on every path (str, repr, int(), %-format, format(), f-strings, containers); 0 lifts it.
import sys

def attempt(label, fn):
    try:
        r = fn()
        print(label, "ok", len(r) if isinstance(r, str) else r)
    except (ValueError, TypeError, OverflowError) as e:
        print(label, type(e).__name__ + ":", e)

big = 10 ** 4400           # 4401 digits: over the default 4300
print(sys.get_int_max_str_digits(), sys.int_info.default_max_str_digits, sys.int_info.str_digits_check_threshold)
attempt("str default", lambda: str(big))
attempt("int default", lambda: int("7" * 4400))

sys.set_int_max_str_digits(5000)
print("now", sys.get_int_max_str_digits())
attempt("str", lambda: str(big))
attempt("repr", lambda: repr(big))
attempt("list repr", lambda: repr([big, -big]))
attempt("percent", lambda: "%d" % big)
attempt("format", lambda: format(-big, "d"))
attempt("fstring", lambda: f"{big}")
attempt("int", lambda: int("7" * 4999) % 1000)
attempt("int over", lambda: int("7" * 5001))
attempt("str over", lambda: str(10 ** 5000))
attempt("hex any size", lambda: hex(10 ** 6000))

sys.set_int_max_str_digits(maxdigits=640)
print("now", sys.get_int_max_str_digits())
attempt("str 641", lambda: str(10 ** 640))
attempt("str 640", lambda: str(10 ** 639))
attempt("int 641", lambda: int("1" * 641))
attempt("int base 16", lambda: int("f" * 2000, 16) > 0)

sys.set_int_max_str_digits(0)
print("now", sys.get_int_max_str_digits())
attempt("str unlimited", lambda: str(10 ** 20000))
attempt("int unlimited", lambda: int("9" * 20000) % 1000)

class Digits:
    def __index__(self):
        return 700

sys.set_int_max_str_digits(Digits())
print("index", sys.get_int_max_str_digits())
for bad in (639, -1, 1, "5000", 5000.0, None):
    attempt("set " + repr(bad), lambda: sys.set_int_max_str_digits(bad))
attempt("set huge", lambda: sys.set_int_max_str_digits(2 ** 40))
attempt("set none", lambda: sys.set_int_max_str_digits())
attempt("set both", lambda: sys.set_int_max_str_digits(700, maxdigits=700))
attempt("set other kw", lambda: sys.set_int_max_str_digits(digits=700))
print("still", sys.get_int_max_str_digits(), sys.flags.int_max_str_digits)
