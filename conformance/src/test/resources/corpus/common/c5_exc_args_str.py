def show(e):
    print("%s | str=%r | args=%r | repr=%s" % (type(e).__name__, str(e), e.args, repr(e)))

show(Exception())
show(Exception("one"))
show(Exception("one", 2))
show(Exception(("tuple",)))
show(ValueError(None))
show(KeyError("k"))
show(KeyError())
show(KeyError("a", "b"))
show(KeyError(""))
show(KeyError(3))
show(IndexError("list index out of range"))

class Custom(Exception):
    def __init__(self, a, b):
        self.a = a
        self.b = b

c = Custom(1, 2)
show(c)
print(c.a, c.b)

class CallsSuper(Exception):
    def __init__(self, a, b):
        super(CallsSuper, self).__init__("msg %s" % a)
        self.b = b

show(CallsSuper("x", "y"))

e = ValueError("orig")
e.args = ("replaced", 1)
show(e)
e.args = ()
show(e)

try:
    {"a": 1}["b"]
except KeyError as err:
    show(err)
try:
    [][1]
except IndexError as err:
    show(err)
try:
    raise TypeError
except TypeError as err:
    show(err)

err = OSError(2, "No such file")
print(err.errno, err.strerror)
show(err)
print(isinstance(KeyError(), LookupError))
raise KeyError(("tuple", "key"))
