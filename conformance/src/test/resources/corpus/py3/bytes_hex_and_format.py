# bytes/bytearray/memoryview .hex() with a separator (3.8+), fromhex() skipping whitespace (3.7+: any ASCII
# whitespace), and % formatting of a bytearray (3.5+): a bytearray comes back.
import sys

b = bytes.fromhex("deadbeef01")
modern = sys.version_info >= (3, 8)


def attempt(label, fn):
    try:
        print(label, "->", repr(fn()))
    except (TypeError, ValueError) as e:
        print(label, "->", type(e).__name__, e)


attempt("bytes.hex()", lambda: b.hex())
attempt("bytearray.hex()", lambda: bytearray(b).hex())
attempt("memoryview.hex()", lambda: memoryview(b).hex())
if modern:
    for sep, per in [(":", None), (":", 2), (" ", -2), ("-", 3), ("-", -3), (b"_", 1), ("|", 5), ("|", 9), ("|", 0), (".", -1)]:
        args = (sep,) if per is None else (sep, per)
        attempt("bytes.hex%r" % (args,), lambda: b.hex(*args))
        attempt("bytearray.hex%r" % (args,), lambda: bytearray(b).hex(*args))
        attempt("memoryview.hex%r" % (args,), lambda: memoryview(b).hex(*args))
    attempt("hex(sep='::')", lambda: b.hex("::"))
    attempt("hex(sep='')", lambda: b.hex(""))
    attempt("hex(sep='é')", lambda: b.hex("\xe9"))
    attempt("hex(sep=5)", lambda: b.hex(5))
    attempt("hex(sep=[1])", lambda: b.hex([1]))
    attempt("empty hex(':')", lambda: b"".hex(":"))
    attempt("one byte hex(':')", lambda: b"\x07".hex(":"))
    attempt("hex(':', 2.5)", lambda: b.hex(":", 2.5))
else:
    attempt("bytes.hex(':')", lambda: b.hex(":"))
    attempt("bytearray.hex(':')", lambda: bytearray(b).hex(":"))
    attempt("memoryview.hex(':')", lambda: memoryview(b).hex(":"))
attempt("fromhex spaces", lambda: bytes.fromhex(" de ad  be ef "))
attempt("fromhex tab/newline", lambda: bytes.fromhex("de\tad\nbe\r\nef"))
attempt("bytearray.fromhex newline", lambda: bytearray.fromhex("01\n02"))
attempt("fromhex odd", lambda: bytes.fromhex("abc"))
attempt("fromhex split pair", lambda: bytes.fromhex("a b"))
ba = bytearray(b"%s=%d (%x) %05.1f %r")
attempt("bytearray %", lambda: ba % (b"key", 42, 255, 3.14159, b"r"))
attempt("bytearray % one", lambda: bytearray(b"[%s]") % b"x")
attempt("bytearray % mapping", lambda: bytearray(b"%(a)s-%(b)d") % {b"a": b"A", b"b": 2})
attempt("bytearray % too few", lambda: bytearray(b"%s %s") % (b"x",))
attempt("bytearray % str", lambda: bytearray(b"%s") % "text")
attempt("bytes % bytearray", lambda: b"<%s>" % bytearray(b"in"))
attempt("int % bytearray", lambda: 5 % bytearray(b"x"))
r = bytearray(b"%d") % 7
print(type(r).__name__, r, len(r))


class Base:
    def __init_subclass__(cls, flag=None, **kw):
        cls.flag = flag
        cls.extra = sorted(kw)


X = type("X", (Base,), {}, flag=3)
print(X.__name__, X.flag, X.extra)
Y = type("Y", (Base,), {"a": 1}, flag="f", other=1)
print(Y.__name__, Y.flag, Y.extra, Y.a)
attempt("type(name, bases, ns, kw) to object", lambda: type("Z", (), {}, flag=1))
attempt("type(x, kw)", lambda: type(1, flag=1))
