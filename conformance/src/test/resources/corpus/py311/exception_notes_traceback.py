# Exception notes (add_note) shown in tracebacks, and an uncaught ExceptionGroup.
def check(values):
    errors = []
    for i, v in enumerate(values):
        try:
            if v < 0:
                raise ValueError(f"negative value {v}")
        except ValueError as e:
            e.add_note(f"at index {i}")
            errors.append(e)
    if errors:
        raise ExceptionGroup("validation failed", errors)

try:
    check([1, -2, 3])
except ExceptionGroup as eg:
    for e in eg.exceptions:
        print(e, e.__notes__)

check([5, -1, -7])
