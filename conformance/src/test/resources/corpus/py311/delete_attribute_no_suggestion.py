# 3.11 suggests a close name ("Did you mean") only for an AttributeError a lookup raised: a lookup fills in
# the exception's name and obj, a failed deletion does not, so its traceback line ends without a suggestion.
# Each failure below is handled by raising the next, so the final traceback prints every line.


class Plain:
    xval = 1


class Slotted:
    __slots__ = ("xval",)


def fresh():
    p = Plain()
    p.yval = 2
    return p


steps = [
    lambda: delattr(fresh(), "yvak"),
    lambda: fresh().yvak,
    lambda: delattr(Slotted(), "xvak"),
    lambda: Slotted().xvak,
    lambda: delattr(Plain, "xvak"),
    lambda: Plain.xvak,
]


def del_statement():
    p = fresh()
    del p.yvak


def run(i):
    if i == len(steps):
        print("all", i, "failed as expected")
        del_statement()
    try:
        steps[i]()
    except AttributeError as e:
        print(type(e).__name__, e, getattr(e, "name", "-"), type(getattr(e, "obj", None)).__name__)
        run(i + 1)


run(0)
