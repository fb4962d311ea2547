# itertools.accumulate's initial= (3.8+; 3.6 refuses the keyword), func= by keyword, and the
# argument errors of islice and tee.
import itertools

cases = [
    lambda: list(itertools.accumulate([1, 2, 3], initial=100)),
    lambda: list(itertools.accumulate([1, 2, 3], lambda x, y: x * y, initial=10)),
    lambda: list(itertools.accumulate([], initial=5)),
    lambda: list(itertools.accumulate([4, 1, 7], func=max)),
    lambda: list(itertools.accumulate(iterable=[1, 1, 1])),
    lambda: itertools.islice('abc'),
    lambda: itertools.tee('ab', -1),
    lambda: list(itertools.islice('abcdef', 1, None, 2)),
    lambda: [list(t) for t in itertools.tee('ab', 0)],
]
for i, case in enumerate(cases):
    try:
        print(i, case())
    except (TypeError, ValueError) as e:
        print(i, type(e).__name__, e)
