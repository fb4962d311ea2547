import sys
# f-string self-documenting expressions (=), builtin generic aliases, tuple subscripts, digit separators.
def pairs(*args):
    return list(zip(args[::2], args[1::2]))

print(pairs(*range(6)))
for a, *b in [(1, 2, 3)]:
    print(a, b)
table = {}
table[1, 2] = "tuple key"
print(table[(1, 2)])
print(list[int], dict[str, list[int]])
print(type(list[int]).__name__)
print(isinstance([], list))
x = 1_000_000
print(f"{x=}", f"{x = :,}")
print(f"{'nested ' + str(x // 1000)!r}")
print((lambda *a, **k: (a, k))(*[1], **{"k": 2}))
print(sys.version_info[:2] >= (3, 11))
print(int("1" * 100) % 7)
