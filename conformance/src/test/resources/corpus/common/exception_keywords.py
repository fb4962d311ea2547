# BaseException.__init__ takes no keyword arguments; a class with its own __init__ may
class Plain(Exception):
    pass

class Own(Exception):
    def __init__(self, a, b=2):
        Exception.__init__(self, a)
        self.b = b

for make in (lambda: ValueError("a", x=1), lambda: Exception(x=1), lambda: KeyError(k=1),
             lambda: Plain("p", why=3), lambda: OSError(2, "x", extra=1)):
    try:
        make()
        print("accepted")
    except TypeError as e:
        print("TypeError: %s" % e)

o = Own(1, b=5)
print(o.args, o.b)
print(repr(ValueError("ok")), Plain("fine").args)
