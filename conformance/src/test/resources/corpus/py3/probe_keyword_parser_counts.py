# Too many arguments for a builtin that parses keywords: "X() takes at most N arguments (M given)" counting
# keywords too, or "at most N positional arguments" before keyword-only ones; positional-only builtins keep
# "X expected at most N arguments, got M".
tests = [
    ("str(b'x', 'utf-8', 'strict', 5)", lambda: str(b'x', 'utf-8', 'strict', 5)),
    ("str(b'x', 'utf-8', 'strict', x=5)", lambda: str(b'x', 'utf-8', 'strict', x=5)),
    ("int('1', 2, 3)", lambda: int('1', 2, 3)),
    ("bytes(b'', 'a', 'b', 4)", lambda: bytes(b'', 'a', 'b', 4)),
    ('float(1, 2)', lambda: float(1, 2)),
    ('bytearray(1, 2, 3, 4)', lambda: bytearray(1, 2, 3, 4)),
    ('complex(1, 2, 3)', lambda: complex(1, 2, 3)),
    ('tuple(1, 2)', lambda: tuple(1, 2)),
    ('set(1, 2)', lambda: set(1, 2)),
    ('frozenset(1, 2)', lambda: frozenset(1, 2)),
    ('list(1, 2)', lambda: list(1, 2)),
    ('enumerate([], 1, 2)', lambda: enumerate([], 1, 2)),
    ('sorted([], None)', lambda: sorted([], None)),
    ("int.to_bytes(1, 1, 'big', 4)", lambda: int.to_bytes(1, 1, 'big', 4)),
    ("int.to_bytes(1, 1, 'big', 4, 5)", lambda: int.to_bytes(1, 1, 'big', 4, 5)),
    ("(1).to_bytes(1, 'big', True)", lambda: (1).to_bytes(1, 'big', True)),
    ("int.from_bytes(b'', 'big', True)", lambda: int.from_bytes(b'', 'big', True)),
    ("'a'.split(1, 2, 3)", lambda: 'a'.split(1, 2, 3)),
    ("'a'.encode(1, 2, 3)", lambda: 'a'.encode(1, 2, 3)),
    ('{}.pop(1, 2, 3)', lambda: {}.pop(1, 2, 3)),
    ("'a'.splitlines(1, 2)", lambda: 'a'.splitlines(1, 2)),
    ('divmod(1, 2, 3)', lambda: divmod(1, 2, 3)),
    ('round(1, 2, 3)', lambda: round(1, 2, 3)),
    ('[].sort(1)', lambda: [].sort(1)),
    ('dict(1, 2)', lambda: dict(1, 2)),
]
for s, f in tests:
    try:
        f()
        print(s, 'ok')
    except Exception as e:
        print(s, '->', type(e).__name__, e)
