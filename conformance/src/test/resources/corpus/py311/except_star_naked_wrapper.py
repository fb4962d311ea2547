# except* catching a bare exception wraps it in a group with no traceback of its own: a bare
# raise in the handler re-raises that group, which gains only the frames it then leaves.
def f():
    try:
        raise ValueError("naked")
    except* ValueError as eg:
        print(eg.__traceback__ is None, repr(eg))
        raise


try:
    f()
except ExceptionGroup as e:
    print(repr(e), e.exceptions[0].__traceback__ is not None)
try:
    try:
        raise KeyError("plain")
    except* KeyError:
        raise TypeError("new")
except TypeError as e:
    print(repr(e), repr(e.__context__), e.__context__.__traceback__ is None)
f()
