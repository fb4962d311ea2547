# 3.10+ tracebacks end an AttributeError or NameError with ". Did you mean: 'x'?" when a close name
# exists: dir(obj) for attributes; the frame's locals, then globals, then builtins for names. Each
# failure below is handled by raising the next, so the final traceback prints the whole chain.
import math


class Point:
    def __init__(self):
        self.xcoord = 1
        self.ycoord = 2


def local_typo():
    counter = 1
    return countr


def builtin_typo():
    return lenn([1])


def global_typo():
    return Pointt


def unrelated():
    return xyzzy_plugh


def case_only():
    return "abc".Upper()


def user_raised():
    raise AttributeError("made by the program")


steps = [lambda: Point().xcord, local_typo, builtin_typo, global_typo, unrelated, lambda: math.sqr(4),
         case_only, user_raised, lambda: "s".uper()]


def run(i):
    if i == len(steps):
        print("all", i, "failed as expected")
        raise NameError("the end")
    try:
        steps[i]()
    except (AttributeError, NameError) as e:
        print(type(e).__name__, e, getattr(e, "name", "-"))
        run(i + 1)


run(0)
