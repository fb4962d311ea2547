# yield from takes any StopIteration of its delegate as the delegate's return: on 3.6 a generator may let one
# leave its frame (no generator_stop), which ends the delegate with that value and the outer generator goes on;
# on 3.7+ PEP 479 has made it a RuntimeError inside the delegate, which passes through the yield from


def raises_stop():
    yield 1
    raise StopIteration("explicit")


def next_of_empty():
    yield 2
    next(iter([]))


def returns():
    yield 3
    return "returned"


def outer(delegate):
    got = yield from delegate()
    print("outer got", repr(got))
    yield "after"


for delegate in (raises_stop, next_of_empty, returns):
    try:
        print(delegate.__name__, list(outer(delegate)))
    except RuntimeError as e:
        print(delegate.__name__, "RuntimeError", e, type(e.__cause__).__name__)
