class Both(object):
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return "Both(%r)" % (self.v,)
    def __str__(self):
        return "<%s>" % (self.v,)

class ReprOnly(object):
    def __repr__(self):
        return "ReprOnly()"

class StrOnly(object):
    def __str__(self):
        return "just-str"

class BadRepr(object):
    def __repr__(self):
        return 42

class BadStr(object):
    def __str__(self):
        return None

b = Both("x")
print(b)
print(str(b))
print(repr(b))
print([b, Both(1)])
print((b,))
print({"k": b})
print("%s and %r" % (b, b))
print("{0} and {0!r}".format(b))
print(str(ReprOnly()))
print([ReprOnly()])
print(str(StrOnly()))
print(str([StrOnly()]).startswith("[<"))
print(repr([[b], (b, [b])]))
print(str(Both(Both("inner"))))
print(repr(Both(Both("inner"))))

for obj, fn in ((BadRepr(), repr), (BadStr(), str), (BadRepr(), str)):
    try:
        fn(obj)
    except TypeError as e:
        print("TypeError: %s" % e)
try:
    print([BadRepr()])
except TypeError as e:
    print("in list TypeError: %s" % e)

class Problem(Exception):
    def __init__(self, code, detail):
        Exception.__init__(self, code, detail)
        self.code = code
        self.detail = detail
    def __str__(self):
        return "problem %d: %s" % (self.code, self.detail)

p = Problem(7, Both("d"))
print(p)
print(p.args)
print(str(p))

def explode():
    raise Problem(404, Both("page"))

explode()
