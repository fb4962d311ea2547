# Constants of every kind the marshal format and dis must render.
def x_in_set(x):
    return x in {1, 2, 3} and x not in {"a", "b"}

n = None
t = True
f = False
e = Ellipsis
print(n)
print(t)
print(f)
print(e)
print(0)
print(-1)
print(-2147483648)
print(2147483647)
print(4294967296)
print(-9223372036854775809)
print(123456789012345678901234567890123456789)
print(-98765432109876543210987654321)
print(1.5)
print(-0.25)
print(1e16)
print(1e-5)
print(float("inf"))
print(float("-inf"))
print(3j)
print(1.5 - 2.5j)
print("")
print("text with 'quotes' and \"doubles\"\t\\")
print(())
print((1, "a", None, (2.5, ())))
print(x_in_set(2))
print(x_in_set(5))
print(-5 in (-5, 5.0, "five"))
print([k for k in ("x", "y") if k in ("y", "z")])
