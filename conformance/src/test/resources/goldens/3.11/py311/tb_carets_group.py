# An exception group's sub-tracebacks keep their position carets inside the box margins; the
# source is beside the .pyc (tb_carets_group.with-source).


def first(items):
    return items[3] * 2


def second(a, b):
    return a - b


def collect():
    errors = []
    for f, args in ((first, ([1],)), (second, ("x", 1))):
        try:
            f(*args)
        except Exception as e:
            errors.append(e)
    raise ExceptionGroup("two failures", errors)


print("collecting")
collect()
