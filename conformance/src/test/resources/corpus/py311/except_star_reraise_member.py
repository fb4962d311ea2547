# except*: raising one of the matched group's own members is a new raise (its metadata is no longer the group's),
# so it leaves as itself; a bare raise re-raises the matched part in the original group's shape; both together
# make a new group of the raised one beside what was re-raised


def member():
    try:
        raise ExceptionGroup("eg", [ValueError("x")])
    except* ValueError as eg:
        raise eg.exceptions[0]


def bare():
    try:
        raise ExceptionGroup("eg", [ValueError("x"), TypeError("t")])
    except* ValueError:
        raise
    except* TypeError:
        pass


def both():
    try:
        raise ExceptionGroup("eg", [ValueError("x"), TypeError("t")])
    except* ValueError:
        raise
    except* TypeError as g:
        raise g.exceptions[0]


def fresh():
    try:
        raise ExceptionGroup("eg", [ValueError("x")])
    except* ValueError:
        raise KeyError("k")


for f in (member, bare, both, fresh):
    try:
        f()
    except BaseException as e:
        print(f.__name__, type(e).__name__, repr(e), type(e.__context__).__name__)
member()
