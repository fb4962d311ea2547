# types that cannot be subclassed (no Py_TPFLAGS_BASETYPE): the class statement and type() refuse them
for make in (lambda: type('X', (bool,), {}),):
    try:
        make()
    except TypeError as e:
        print(e)
try:
    class Y(int, bool):
        pass
except TypeError as e:
    print(e)
class Z(int):
    pass
print(Z(3) + 1)
