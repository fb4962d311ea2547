# bytearray: bytes' read-only methods, slice assignment and deletion, insert/remove/reverse, +=
b = bytearray(b"hello world")
print(b.find(b"o"), b.rfind(b"o"), b.count(b"l"), b.index(b"w"), b.startswith(b"he"), b.endswith(b"ld"))
print(repr(b.upper()), repr(b.split()), repr(b.partition(b" ")), repr(b.replace(b"l", b"L")), repr(b.strip(b"hd")))
b[0:5] = b"HOWDY"
print(repr(b))
b[6:] = [65, 66]
print(repr(b))
del b[0:2]
print(repr(b))
del b[0]
print(repr(b))
b += b"!!"
print(repr(b))
b.insert(0, 120)
b.reverse()
print(repr(b))
b.remove(33)
print(repr(b), len(b))
b[::2] = b"abcd"
print(repr(b))
try:
    b[::2] = b"a"
except ValueError as e:
    print("ValueError", e)
try:
    b.remove(200)
except ValueError as e:
    print("ValueError", e)
print(bytearray(b"a,b,,c").split(b","), bytearray(b" x ").isspace(), bytearray(b"abc").isalpha())
