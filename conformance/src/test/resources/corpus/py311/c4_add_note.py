def load(name):
    try:
        raise FileNotFoundError(2, "No such file", name)
    except OSError as e:
        e.add_note(f"while loading {name}")
        e.add_note("hint: check the path")
        raise

try:
    load("cfg.ini")
except OSError as e:
    print(e.__notes__)
    print(e.errno, e.filename)

e = ValueError("x")
print(hasattr(e, "__notes__"))
e.add_note("n1")
print(e.__notes__)
try:
    e.add_note(42)
except TypeError as err:
    print("TypeError:", err)

def validate(items):
    errors = []
    for i, v in enumerate(items):
        try:
            if not isinstance(v, int):
                raise TypeError(f"item {i} is {type(v).__name__}")
            if v < 0:
                raise ValueError(f"item {i} negative")
        except (TypeError, ValueError) as err:
            err.add_note(f"value was {v!r}")
            errors.append(err)
    if errors:
        raise ExceptionGroup("validation failed", errors)

try:
    validate([1, "a", -2])
except* TypeError as eg:
    for ex in eg.exceptions:
        print(ex, ex.__notes__)
except* ValueError as eg:
    for ex in eg.exceptions:
        print(ex, ex.__notes__)

load("missing.txt")
