# staticmethod and classmethod objects: 3.x gives them a namespace of their own (attributes set on them,
# __dict__), 3.10+ copy the wrapped callable's __name__/__qualname__/__module__/__doc__ and have
# __wrapped__; __isabstractmethod__ since 3.3.
from __future__ import print_function
def f(a):
    "doc of f"
    return a
class C:
    s = staticmethod(f)
    c = classmethod(f)
    @staticmethod
    def deco(x):
        return x
for name in ["s", "c", "deco"]:
    v = C.__dict__[name]
    for attr in ["__name__", "__qualname__", "__module__", "__annotations__", "__wrapped__", "__func__", "__isabstractmethod__"]:
        try:
            r = getattr(v, attr)
            print(name, attr, r.__name__ if callable(r) else r)
        except AttributeError as e:
            print(name, attr, "AttributeError", e)
    try:
        v.tag = 1
        print(name, "tag", v.tag, sorted(v.__dict__))
    except AttributeError as e:
        print(name, "AE", e)
sm = staticmethod(len)
print(getattr(sm, "__name__", "-"), sorted(getattr(sm, "__dict__", {"-": 0})))
print(C.s(3), C().c.__name__ if hasattr(C().c, "__name__") else "-")
print(dir(staticmethod(f)))
print(dir(classmethod(f)))
