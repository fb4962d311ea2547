# bytes and bytearray take any integer where a byte value or a count goes: a bool (an int subclass) and an
# object with __index__ as well as an int; getting no iterator from a source is "cannot convert", what reading
# one raises passes as it is
class Idx:
    def __index__(self):
        return 2


class BadIndex:
    def __index__(self):
        raise TypeError("no index here")


class Plain:
    pass


class OwnIter:
    def __iter__(self):
        raise TypeError("own __iter__")


class BadItems:
    def __iter__(self):
        return self

    def __next__(self):
        raise TypeError("while reading")


print("items", bytes([True, False]), bytes([Idx(), 7]), bytearray([True, Idx()]))
print("counts", bytes(True), bytes(False), bytearray(True), bytes(Idx()), bytearray(Idx()))
print("from_bytes", int.from_bytes([True], "big"), int.from_bytes((Idx(), True), "little"))
print("find", b"\x01\x02".find(True), b"\x01\x02".count(True), b"\x01\x02".index(True), b"\x00\x01".rfind(False))
ba = bytearray(b"\x01\x02")
print("in", True in ba, False in ba, Idx() in ba, 2 in ba, True in b"\x01", Idx() in b"\x02", False in b"\x01")
ba.append(True)
ba[0] = False
ba.insert(0, Idx())
print("mutated", ba)
for source in (Plain(), OwnIter(), BadItems(), BadIndex(), 1.5, [1.5], [256], [True, -1]):
    for make in (bytes, bytearray):
        try:
            print(make.__name__, make(source))
        except (TypeError, ValueError) as e:
            print(make.__name__, type(e).__name__, e)
try:
    int.from_bytes(Plain(), "big")
except TypeError as e:
    print("from_bytes", e)
for needle in ("a", 1.5, BadIndex()):
    try:
        print(needle in b"ab")
    except TypeError as e:
        print("in", type(needle).__name__, e)
calls = []


class Counted:
    def __index__(self):
        calls.append(1)
        return 2


for label, f in (("find", lambda: b"\x01\x02".find(Counted())), ("in bytearray", lambda: Counted() in bytearray(b"\x02")),
                 ("in bytes", lambda: Counted() in b"\x02"), ("bytes of items", lambda: bytes([Counted()])),
                 ("bytearray count", lambda: bytearray(Counted()))):
    del calls[:]
    try:
        r = f()
    except TypeError as e:
        r = "TypeError"
    print(label, r, "__index__ calls:", len(calls))
