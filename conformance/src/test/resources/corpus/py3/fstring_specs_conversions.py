# f-strings: format specs, nested specs, !r/!s/!a conversions, expressions, braces, alignment.
name = "Ada"
pi = 3.14159265
n = 1234567
items = ["x", "y"]
print(f"{name} {name!r} {name!s} {name!a}")
print(f"{pi:.2f}|{pi:10.3f}|{pi:<10.1f}|{pi:^10.2f}|{pi:+.0f}|{pi:e}")
print(f"{n:,}|{n:_}|{n:>12,}|{n:012d}|{n:x}|{n:#X}|{n:o}|{n:b}")
print(f"{0.256:.1%}|{-5:+d}|{5: d}|{42:*^9}|{'s':>4}|{'s':<4}|")
width, prec = 12, 3
print(f"[{pi:{width}.{prec}f}] [{name:>{width}}] [{n:{'>' if n > 0 else '<'}{width}}]")
print(f"{1 + 2} {len(items)} {items[0]} {items[-1]!r} {', '.join(items)}")
d = {"key": "value", "n": 5}
print(f"{d['key']} {d['n'] * 2} {sorted(d)}")
print(f"{{literal braces}} {{{name}}} {'{'}")
print(f"{name.upper()} {name.lower()[::-1]} {name * 2}")
print(f"{3 if pi > 3 else 0} {[i * i for i in range(4)]} {(lambda x: x + 1)(1)}")
class P:
    def __init__(self, x):
        self.x = x
    def __repr__(self):
        return f"P(x={self.x!r})"
    def __str__(self):
        return f"<P {self.x}>"
    def __format__(self, spec):
        return f"P[{spec}]" if spec else str(self)
p = P("val")
print(f"{p} {p!r} {p!s} {p:custom} {[p]}")
print(f"{'multi'}"
      f"{'part'} {1}"
      " plain")
rows = [("apple", 1.5, 3), ("kiwi", 0.25, 12), ("watermelon", 3.0, 1)]
for fruit, price, qty in rows:
    print(f"{fruit:<12}|{price:>6.2f}|{qty:>4}|{price * qty:>8.3f}")
print(f"{True} {None} {b'bytes'} {1e100} {-0.0} {10**20}")
print(f"{n!r:>10}|{name!r:^9}|{3.5!s:<6}|")
import sys
print(f"{sys.version_info[0]}", f"{'nested ' + f'{name}'}")
try:
    print(f"{n:s}")
except ValueError as e:
    print("ValueError:", e)
try:
    print(f"{name:d}")
except ValueError as e:
    print("ValueError:", e)
