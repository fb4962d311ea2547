# int.from_bytes takes what bytes() takes but an int (CPython's PyObject_Bytes): bytes-like objects
# and iterables of ints in range(256); a str, an int, a float or None cannot be converted, a list
# holding a str names the item's type, and an item past 255 is a ValueError.
sources = [b"\x01\x02", bytearray(b"\x01\x02"), memoryview(b"\x01\x02"), [1, 2], (1, 2),
           iter([1, 2]), range(3), [], "ab", 7, 1.5, None, [1, "a"], [256], [-1]]
for src in sources:
    label = type(src).__name__
    for order in ("big", "little"):
        try:
            print(label, order, int.from_bytes(src, order))
        except (TypeError, ValueError) as e:
            print(label, order, type(e).__name__, e)
print(int.from_bytes([255, 255], "big", signed=True))
print(int.from_bytes(bytearray([128]), "little", signed=True))


class Flags(int):
    pass


print(type(Flags.from_bytes([1, 0], "big")).__name__, Flags.from_bytes([1, 0], "big"))
