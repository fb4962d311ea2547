# with A() as a, B() as b: exits in reverse order, even on error.
class Res(object):
    log = []

    def __init__(self, tag, fail_enter=False):
        self.tag = tag
        self.fail_enter = fail_enter

    def __enter__(self):
        if self.fail_enter:
            raise RuntimeError("cannot enter %s" % self.tag)
        Res.log.append("+" + self.tag)
        return self

    def __exit__(self, *info):
        Res.log.append("-" + self.tag)
        return False

with Res("x") as x, Res("y") as y:
    Res.log.append(x.tag + y.tag)
print(Res.log)
Res.log = []
try:
    with Res("p"), Res("q", fail_enter=True):
        Res.log.append("never")
except RuntimeError as e:
    print("RuntimeError: %s" % e)
print(Res.log)
Res.log = []
try:
    with Res("m"), Res("n"):
        raise ZeroDivisionError("boom")
except ZeroDivisionError:
    pass
print(Res.log)
