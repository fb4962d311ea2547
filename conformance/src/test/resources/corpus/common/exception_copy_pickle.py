# Exceptions copy and pickle as type(*args) plus their attributes (BaseException.__reduce__ / __setstate__).
from __future__ import print_function
import copy
import pickle


class AppError(Exception):
    def __init__(self, code, detail="none"):
        Exception.__init__(self, code, detail)
        self.code = code


class Bare(Exception):
    pass


samples = [ValueError("msg"), KeyError("k", 2), Exception(), Bare("b"), AppError(7, "seven"), ZeroDivisionError()]
for e in samples:
    c = copy.copy(e)
    d = copy.deepcopy(e)
    p = pickle.loads(pickle.dumps(e, 2))
    print(type(c).__name__, c.args, d.args, p.args, c is e, type(p) is type(e))
print(ValueError("x").__reduce__())
r = AppError(3).__reduce__()
print(r[0].__name__, r[1], sorted(r[2].items()))
a = AppError(9, "nine")
a.extra = [1, 2]
b = copy.deepcopy(a)
print(b.code, b.extra, b.extra is a.extra, b.args)
e = ValueError("v")
e.__setstate__({"note": "n"})
print(e.note, e.__setstate__(None))
try:
    e.__setstate__(5)
except TypeError as err:
    print("TypeError", err)
