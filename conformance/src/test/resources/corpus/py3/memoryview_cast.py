# memoryview over bytes and bytearray, cast to unsigned item formats; bytes.find/count with an int or a bytearray
b = bytes(range(1, 17))
m = memoryview(b).cast('I')
print(m.itemsize, m.format, m.nbytes, len(m), m.tolist(), m[0], m[-1])
print(memoryview(bytearray(b"\x01\x00\x02\x00")).cast('H').tolist())
print(memoryview(b).cast('Q').tolist(), memoryview(b).cast('B')[3])
try:
    memoryview(b"abc").cast('I')
except TypeError as e:
    print("TypeError:", e)
try:
    m[4]
except IndexError as e:
    print("IndexError:", e)
print(b"ab\x01c\x01".find(1), b"ab\x01c\x01".rfind(1), b"abcabc".count(bytearray(b"bc")), b"xyz".index(ord("z")))
try:
    b"abc".find(300)
except ValueError as e:
    print("ValueError:", e)
try:
    b"abc".find("a")
except TypeError as e:
    print("TypeError:", e)
print(int(bytearray(b"101"), 2), int(b"ff", 16))
