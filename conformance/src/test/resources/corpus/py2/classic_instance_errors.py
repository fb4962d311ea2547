# Classic (old-style) instances find every protocol method as an instance attribute, so a missing
# one is an AttributeError naming the class ("C instance has no attribute '__getitem__'"), calling
# one without __call__ says so, and iterating one without __iter__ or __getitem__ is "iteration
# over non-sequence".


class Old:
    pass


class OldItems:
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError(i)
        return i * 10


o = Old()
for action in (lambda: o[0], lambda: o["k"], lambda: o(), lambda: iter(o), lambda: len(o),
               lambda: [x for x in o]):
    try:
        action()
    except Exception as e:
        print(type(e).__name__, e)

print(list(OldItems()))
print(OldItems()[2])
o.__getitem__ = lambda k: "from the instance: %r" % (k,)
print(o[5])
o.__call__ = lambda: "called through the instance"
print(o())
for x in OldItems():
    print(x)
