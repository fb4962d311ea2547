# nb_bool by name on None and range, and 3.11's bytes.__bytes__.
class B(bytes): pass
print(None.__bool__(), range(0).__bool__(), range(3).__bool__(), range(5, 1).__bool__(), range(2**70).__bool__())
print(type(B(b"x").__bytes__()).__name__ if hasattr(b"", "__bytes__") else "-", B(b"xy").__bytes__() if hasattr(b"", "__bytes__") else "-", bytes(B(b"q")))
print(bool(None), bool(range(0)), type(None).__bool__(None), [n for n in dir(None) if "bool" in n])
try:
    range.__bool__(None)
except TypeError as e:
    print(e)
