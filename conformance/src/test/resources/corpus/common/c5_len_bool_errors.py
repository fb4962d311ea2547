class L(object):
    def __init__(self, v):
        self.v = v
    def __len__(self):
        return self.v

class B(object):
    def __init__(self, v):
        self.v = v
    def __bool__(self):
        return self.v
    __nonzero__ = __bool__

class Both(object):
    def __bool__(self):
        print("bool wins")
        return False
    __nonzero__ = __bool__
    def __len__(self):
        print("len not used")
        return 5

def show(label, fn):
    try:
        print("%s = %r" % (label, fn()))
    except (TypeError, ValueError, OverflowError) as e:
        print("%s %s: %s" % (label, type(e).__name__, e))

show("len(L(3))", lambda: len(L(3)))
show("len(L(-1))", lambda: len(L(-1)))
show("len(L('3'))", lambda: len(L("3")))
show("len(L(2.0))", lambda: len(L(2.0)))
show("len(L(True))", lambda: len(L(True)))
show("bool(L(0))", lambda: bool(L(0)))
show("bool(L(-5))", lambda: bool(L(-5)))
show("bool(L(None))", lambda: bool(L(None)))
show("bool(B(True))", lambda: bool(B(True)))
show("bool(B(0))", lambda: bool(B(0)))
show("bool(B('yes'))", lambda: bool(B("yes")))
show("bool(B(None))", lambda: bool(B(None)))
show("bool(Both())", lambda: bool(Both()))
show("not L(0)", lambda: not L(0))
show("len(5)", lambda: len(5))
show("len(B(1))", lambda: len(B(1)))

def pick(obj):
    if obj:
        return "truthy"
    return "falsy"

print(pick(L(1)))
print(pick(Both()))
print(pick(L(-2)))
