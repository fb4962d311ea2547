class M(type):
    def __hash__(self):
        return super(M, self).__hash__() & 0
print(hash(M('X', (), {})))
print(object.__hash__(5) == hash(5))
print(super(int, 5).__hash__() == hash(5), object.__hash__(5) == hash(5))
class I(object):
    def __int__(self):
        return 4.5
class J(object):
    def __index__(self):
        return 7
class A(object):
    pass
for f in [lambda: int(I()), lambda: int(J()), lambda: type('C', (A, A), {}), lambda: int(True)]:
    try:
        print(f())
    except TypeError as e:
        print('TypeError:', e)
