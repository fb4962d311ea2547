# 3.x builtins with their own argument parsing: int.from_bytes (keyword-only signed), str.maketrans,
# bytes.fromhex as a classmethod (3.11 names the type).
tests = [
    ("int.from_bytes()", lambda: int.from_bytes()), ("int.from_bytes(b'\\x01')", lambda: int.from_bytes(b'\x01')),
    ("int.from_bytes(b'\\x01', 'big', 1)", lambda: int.from_bytes(b'\x01', 'big', 1)),
    ("int.from_bytes(b'\\x01', 'little')", lambda: int.from_bytes(b'\x01', 'little')),
    ("str.maketrans()", lambda: str.maketrans()), ("bytes.fromhex()", lambda: bytes.fromhex()),
    ("bytes.fromhex('41')", lambda: bytes.fromhex('41')), ("sorted([3, 1], None)", lambda: sorted([3, 1], None)),
]
for text, f in tests:
    try:
        print("%s -> %r" % (text, f()))
    except Exception as e:
        print("%s -> %s: %s" % (text, type(e).__name__, e))
