# 2.7: a classic instance finds its item methods as attributes (instance_ass_subscript, instance_index): one it
# lacks is an AttributeError naming the method, and one used as a list, tuple or str index without __index__ is
# "object cannot be interpreted as an index".
class E:
    pass


class WithGet:
    def __getitem__(self, k):
        return k


e = E()


def attempt(label, f):
    try:
        print label, f()
    except (AttributeError, TypeError) as x:
        print label, type(x).__name__, x


def setit(o, k, v):
    o[k] = v


def delit(o, k):
    del o[k]


def setslice(o):
    o[1:2] = []


def setstep(o):
    o[::2] = []


def delslice(o):
    del o[1:2]


attempt("set", lambda: setit(e, 0, 1))
attempt("set key", lambda: setit(e, "k", 1))
attempt("del", lambda: delit(e, 0))
attempt("set slice", lambda: setslice(e))
attempt("set step", lambda: setstep(e))
attempt("del slice", lambda: delslice(e))
attempt("get", lambda: e[0])
w = WithGet()
attempt("get ok", lambda: w[3])
attempt("set on getter-only", lambda: setit(w, 0, 1))
attempt("list index", lambda: [1, 2][E()])
attempt("tuple index", lambda: (1, 2)[E()])
attempt("str index", lambda: "ab"[E()])
attempt("new-style index", lambda: [1, 2][object()])
e[0] = 1
