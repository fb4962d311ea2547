# Which methods the builtin classes have depends on the version: list.copy/clear (3.3), bytearray.hex/copy (3.x),
# str/bytes.isascii (3.7), int.as_integer_ratio (3.8), removeprefix/removesuffix (3.9); bytearray.fromhex is
# 2.7's too. A program probing with hasattr or calling them must see what its CPython has.
from __future__ import print_function

probes = [
    (list, ["copy", "clear", "append", "sort"]),
    (bytearray, ["hex", "copy", "fromhex", "maketrans", "isascii", "removeprefix", "removesuffix", "decode"]),
    (bytes, ["hex", "fromhex", "maketrans", "isascii", "removeprefix", "removesuffix", "decode"]),
    (str, ["isascii", "removeprefix", "removesuffix", "casefold", "format_map", "isidentifier"]),
    (int, ["as_integer_ratio", "bit_length", "to_bytes", "bit_count", "conjugate"]),
    (float, ["as_integer_ratio", "is_integer", "hex"]),
]
for cls, names in probes:
    print(cls.__name__, [n for n in names if hasattr(cls, n)], [n for n in names if hasattr(cls(), n)])


def attempt(label, fn):
    try:
        print(label, repr(fn()))
    except AttributeError as e:
        print(label, "AttributeError:", e)
    except TypeError as e:
        print(label, "TypeError:", e)


attempt("fromhex", lambda: bytearray.fromhex("41 42 7a"))
attempt("fromhex subclass", lambda: type(type("BA", (bytearray,), {}).fromhex("00ff")).__name__)
attempt("fromhex bad", lambda: bytearray.fromhex(5))
attempt("ba hex", lambda: bytearray(b"\x01\xfe").hex())
attempt("ba copy", lambda: bytearray(b"ab").copy())
attempt("list copy", lambda: [1, [2]].copy())
attempt("list clear", lambda: [1, 2].clear())
attempt("isascii", lambda: ("abc".isascii(), "\xe9".isascii(), b"ab".isascii(), bytearray(b"\xff").isascii()))
attempt("ratio", lambda: (7).as_integer_ratio())
attempt("bool ratio", lambda: True.as_integer_ratio())
attempt("prefix", lambda: ("unhappy".removeprefix("un"), "unhappy".removesuffix("py"), "x".removeprefix("")))
attempt("bytes prefix", lambda: (b"unhappy".removeprefix(b"un"), b"abc".removesuffix(bytearray(b"c"))))
attempt("ba prefix", lambda: bytearray(b"unhappy").removeprefix(b"un"))
attempt("bytes prefix str", lambda: b"abc".removeprefix("a"))
attempt("bytes prefix int", lambda: b"abc".removeprefix(97))
attempt("ba maketrans", lambda: bytearray.maketrans(b"ab", b"AB")[95:100])


class Buffer(bytearray):
    pass


b = Buffer(b"xy")
b.tag = "t"
print(type(b).__name__, repr(b), isinstance(b, Buffer), b.tag, len(b), b.upper())
print(type(Buffer.fromhex("4142")).__name__, type(bytearray.fromhex("")).__name__)
