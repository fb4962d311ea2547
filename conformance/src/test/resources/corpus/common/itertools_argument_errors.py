# Bad calls of itertools' iterator types and of slice/super/reversed fail with CPython's TypeError (or
# ValueError) in each version's words: PyArg_UnpackTuple ("cycle expected 1 arguments, got 0"), the
# keyword parsers ("Required argument 'r' (pos 2) not found" before 3.7, "missing required argument"
# after), keywords refused, islice's index checks; never an internal error.
from __future__ import print_function
import itertools as it
import sys

py3 = sys.version_info[0] > 2
filterfalse = it.filterfalse if py3 else it.ifilterfalse
zip_longest = it.zip_longest if py3 else it.izip_longest
cases = [
    ("count", it.count, (1, 2, 3), {}), ("count", it.count, (), {"begin": 1}), ("repeat", it.repeat, (), {}),
    ("repeat", it.repeat, ("x",), {"n": 2}), ("repeat", it.repeat, ("x", 1.5), {}), ("cycle", it.cycle, (), {}),
    ("cycle", it.cycle, ("ab", "cd"), {}), ("cycle", it.cycle, (), {"iterable": "ab"}), ("chain", it.chain, ("ab",), {"x": 1}),
    ("from_iterable", it.chain.from_iterable, (), {}), ("islice", it.islice, ("abc",), {}),
    ("islice", it.islice, ("abc", -1), {}), ("islice", it.islice, ("abc", -2), {}), ("islice", it.islice, ("abc", "x"), {}),
    ("islice", it.islice, ("abc", -3, 2), {}), ("islice", it.islice, ("abc", 0, 2, 0), {}), ("islice", it.islice, (5, 2), {}),
    ("starmap", it.starmap, (pow,), {}), ("takewhile", it.takewhile, (bool,), {}), ("dropwhile", it.dropwhile, (), {}),
    ("compress", it.compress, ("abc",), {}), ("compress", it.compress, (), {"data": "a", "selectors": [1], "x": 0}),
    ("groupby", it.groupby, (), {}), ("groupby", it.groupby, ("aab",), {"keyfunc": len}),
    ("tee", it.tee, (), {}), ("tee", it.tee, ("ab", 2, 3), {}), ("tee", it.tee, ("ab", "2"), {}), ("tee", it.tee, ("ab", -1), {}),
    ("permutations", it.permutations, (), {}), ("permutations", it.permutations, ("ab", 1, 2), {}),
    ("combinations", it.combinations, ("abc",), {}), ("combinations", it.combinations, ("abc", "2"), {}),
    ("combinations", it.combinations, ("abc", -1), {}), ("combinations", it.combinations, ("abc",), {"iterable": "x", "r": 1}),
    ("combinations_with_replacement", it.combinations_with_replacement, (), {"r": 1}),
    ("filterfalse", filterfalse, (None,), {}), ("zip_longest", zip_longest, ("ab",), {"fill": 0}),
    ("product", it.product, ("ab",), {"times": 2}),
    ("slice", slice, (), {}), ("slice", slice, (1, 2, 3, 4), {}), ("reversed", reversed, (), {}),
    ("reversed", reversed, ([1], [2]), {}), ("super", super, (1, 2), {}), ("super", super, (int, 1, 2), {}),
]
for name, f, args, kwargs in cases:
    try:
        r = f(*args, **kwargs)
        print(name, "ok", type(r).__name__)
    except (TypeError, ValueError) as e:
        print(name, type(e).__name__, e)
print(list(it.islice("abcdef", None, None, 2)), list(it.islice("abcdef", 1, None)), list(it.islice("abc", None)))
print(list(it.repeat("z", times=2)), list(it.compress(data="abc", selectors=[0, 1, 1])), list(it.islice(it.count(step=3, start=1), 3)))
print([(k, "".join(g)) for k, g in it.groupby(iterable="aAbB", key=str.lower)], list(it.permutations("ab", r=1)))
print(list(it.combinations(r=2, iterable="abc")), [list(t) for t in it.tee("xy", 2)], slice(3), slice(1, 5, 2))
print(list(reversed(range(3))), list(it.starmap(max, [(1, 5), (7, 2)])), list(it.takewhile(bool, [2, 1, 0, 3])))
