# itertools.product, permutations, combinations, groupby... are classes of module itertools too.
from __future__ import print_function
import itertools
for n in ["product", "permutations", "combinations", "combinations_with_replacement", "groupby"]:
    print(n, repr(getattr(itertools, n)))
print(isinstance(itertools.product([1]), itertools.product), type(itertools.groupby("aab")) is itertools.groupby)
print(list(itertools.combinations("abc", 2)), [k for k, g in itertools.groupby("aabbc")])
