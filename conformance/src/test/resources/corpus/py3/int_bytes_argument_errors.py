# int.to_bytes() and int.from_bytes() with arguments left out or misplaced: 3.6's getargs.c says
# "Required argument 'byteorder' (pos 2) not found"; 3.7's Argument Clinic names the method; 3.11 makes
# length and byteorder optional (1 and 'big').
calls = [
    ("to_bytes()", lambda: (5).to_bytes()),
    ("to_bytes(2)", lambda: (5).to_bytes(2)),
    ("to_bytes(byteorder)", lambda: (5).to_bytes(byteorder="little")),
    ("to_bytes(2, 'big')", lambda: (5).to_bytes(2, "big")),
    ("to_bytes(2, 'little', True)", lambda: (5).to_bytes(2, "little", True)),
    ("to_bytes(2, 'middle')", lambda: (5).to_bytes(2, "middle")),
    ("to_bytes(-1, 'big')", lambda: (5).to_bytes(-1, "big")),
    ("to_bytes(1, 'big') of 256", lambda: (256).to_bytes(1, "big")),
    ("to_bytes(1, 'big') of -1", lambda: (-1).to_bytes(1, "big")),
    ("to_bytes(x=1)", lambda: (5).to_bytes(2, "big", x=1)),
    ("from_bytes()", lambda: int.from_bytes()),
    ("from_bytes(b'\\x01')", lambda: int.from_bytes(b"\x01")),
    ("from_bytes(b'\\x01\\x00', 'little')", lambda: int.from_bytes(b"\x01\x00", "little")),
    ("from_bytes(b'\\xff', 'big', True)", lambda: int.from_bytes(b"\xff", "big", True)),
    ("from_bytes(b'\\xff', 'big', signed=True)", lambda: int.from_bytes(b"\xff", "big", signed=True)),
    ("from_bytes('ab', 'big')", lambda: int.from_bytes("ab", "big")),
]
for label, call in calls:
    try:
        print(label, "->", call())
    except (TypeError, ValueError, OverflowError) as e:
        print(label, "->", type(e).__name__, e)
