class StepError(Exception):
    pass

def step(n):
    if n % 2:
        raise StepError(f"step {n} failed")
    if n == 4:
        raise ZeroDivisionError(n)
    return n

def run_all(ns):
    errors = []
    results = []
    for n in ns:
        try:
            results.append(step(n))
        except Exception as e:
            errors.append(e)
    print("results:", results)
    if errors:
        inner = ExceptionGroup("inner group", errors[:1])
        inner.add_note("nested note")
        raise ExceptionGroup("run_all failed", [inner] + errors[1:])

try:
    run_all([0, 2, 6])
    print("no errors")
except* StepError:
    print("unexpected")

try:
    run_all([1, 2])
except* StepError as eg:
    print("caught step errors:", len(eg.exceptions))

def reraise_in_star():
    try:
        run_all([3, 4])
    except* ZeroDivisionError as eg:
        print("zero handler:", repr(eg.exceptions[0]))
        raise RuntimeError("handler failed")

run_all([1, 4, 5])
