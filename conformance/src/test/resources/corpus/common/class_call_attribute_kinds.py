# Calling an instance calls what its class holds as __call__ as slot_tp_call does: bound if a descriptor,
# else as it is (__call__ = None: 'NoneType' object is not callable).
from __future__ import print_function
class NoCall(object):
    __call__ = None
class IntCall(object):
    __call__ = 5
class Fn(object):
    def __call__(self, *a):
        return ("called", a)
class Holder(object):
    __call__ = Fn()
class SM(object):
    __call__ = staticmethod(lambda *a: ("static", a))
for o in [NoCall(), IntCall(), Holder(), SM(), Fn()]:
    try:
        print(o(1, 2))
    except TypeError as e:
        print("TE", e)
print(callable(NoCall()), callable(IntCall()))
