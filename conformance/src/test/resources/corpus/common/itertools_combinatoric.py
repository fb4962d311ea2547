# itertools: product, permutations, combinations (with replacement) and groupby, incl. stale groups
import itertools as it
print(list(it.product('ab', range(2))), list(it.product(repeat=2, *[[0, 1]])))
print(list(it.permutations('abc', 2)), len(list(it.permutations(range(5)))), list(it.permutations([], 0)), list(it.permutations('ab', 3)))
print(list(it.combinations('abcd', 2)), list(it.combinations('ab', 3)), list(it.combinations('ab', 0)))
print(list(it.combinations_with_replacement('abc', 2)), list(it.combinations_with_replacement('', 2)))
print([(k, list(g)) for k, g in it.groupby('aaabbcaa')])
print([(k, list(g)) for k, g in it.groupby([1, 3, 2, 4, 5], key=lambda x: x % 2)])
groups = list(it.groupby('aabbc'))
print([(k, list(g)) for k, g in groups])
print(list(it.product()), list(it.product('ab', [])))
try:
    it.combinations('ab', -1)
except ValueError as e:
    print('ValueError', e)
