# except* handlers that raise: one new exception goes on alone (its context the handled group), several or one
# beside an unhandled rest are grouped
def attempt(body):
    try:
        body()
    except BaseException as e:
        print(type(e).__name__, repr(e), repr(e.__context__))


def one_new():
    try:
        raise ExceptionGroup('g', [ValueError(1)])
    except* ValueError:
        raise KeyError('new')


def new_and_rest():
    try:
        raise ExceptionGroup('g', [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError('new')


def two_new():
    try:
        raise ExceptionGroup('g', [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError('a')
    except* TypeError:
        raise IndexError('b')


def reraise_only():
    try:
        raise ExceptionGroup('g', [ValueError(1), TypeError(2)])
    except* ValueError:
        raise


def naked():
    try:
        raise ValueError('naked')
    except* ValueError:
        raise KeyError('from naked')


for f in (one_new, new_and_rest, two_new, reraise_only, naked):
    attempt(f)
one_new()
