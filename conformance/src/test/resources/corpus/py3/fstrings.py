# f-strings: expressions, conversions, format specs, nesting and braces.
name = "world"
n = 42
pi = 3.14159265
items = [1, 2, 3]
print(f"hello {name}")
print(f"{n} squared is {n * n}")
print(f"{name!r} {name!s} {name.upper()}")
print(f"{pi:.3f} {pi:10.2f}| {n:05d} {n:x} {n:#b}")
print(f"{'left':<8}|{'right':>8}|{'mid':^8}|")
width = 12
prec = 4
print(f"{pi:{width}.{prec}f}|")
print(f"{items[0]} {items[-1]} {len(items)}")
print(f"{{literal braces}} {n}")
d = {"key": "value"}
print(f"{d['key']}")
print(f"{'yes' if n > 40 else 'no'}")
print(f"{[x * 2 for x in items]}")
print(f"{n:,} {1234567:,}")
print(f"{3 + 4j}")
print(f"{1e16} {1e-5} {0.1 + 0.2}")
print(f"""multi
{name}
line""")
print(f"{'nested ' + f'{n}'}")
print(F"capital F {n}")
print(rf"raw \n {n}")
print(f"{n!r:>6}")
