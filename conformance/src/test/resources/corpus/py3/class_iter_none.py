# 3.x: __iter__ = None makes a class not iterable, even with __getitem__ (slot_tp_iter refuses)


class Seq(object):
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10


class Blocked(Seq):
    __iter__ = None


print(list(Seq()))
for label, f in [('iter', lambda: iter(Blocked())), ('list', lambda: list(Blocked())),
                 ('for', lambda: [x for x in Blocked()]), ('in', lambda: 10 in Blocked()),
                 ('tuple', lambda: tuple(Blocked()))]:
    try:
        print(label, f())
    except TypeError as e:
        print(label, 'TypeError:', e)
print(Blocked()[1])
