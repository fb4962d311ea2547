# str.format with positional, keyword, index and format specs.
print("{} {}".format("a", "b"))
print("{1} {0} {1}".format("x", "y"))
print("{name}:{n}".format(name="k", n=5))
print("{0[1]} {1[key]}".format([10, 20], {"key": "v"}))
print("{:>6}|{:<6}|{:^6}|".format("r", "l", "c"))
print("{:*^9}".format("mid"))
print("{:08.3f}".format(3.14159))
print("{:+d} {: d}".format(5, 5))
print("{:,}".format(1234567))
print("{:b} {:o} {:x} {:X} {:#x}".format(10, 10, 255, 255, 255))
print("{:.2%}".format(0.256))
print("{:e}".format(12345.6789))
print("{:10.4}|".format("truncate"))
print("{!r} {!s}".format("q", "q"))
print("{{literal}} {}".format(1))

class P(object):
    def __init__(self):
        self.x = 3
        self.y = 4

print("{0.x},{0.y}".format(P()))
print("{:>{w}}".format("w", w=4))
print(format(3.5, ".3f"))
print(format(42, "05d"))
print("{0:.1f} {0:.3e}".format(1234.5678))
