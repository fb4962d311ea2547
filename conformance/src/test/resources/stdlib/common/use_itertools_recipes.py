# itertools: the recipes from the itertools documentation, used on small inputs.
from __future__ import print_function
import itertools
import operator
from itertools import chain, count, cycle, groupby, islice, repeat, starmap, tee

try:
    zip_longest = itertools.zip_longest
    ifilterfalse = itertools.filterfalse
    imap = map
except AttributeError:
    zip_longest = itertools.izip_longest
    ifilterfalse = itertools.ifilterfalse
    imap = itertools.imap
    zip = itertools.izip

def take(n, iterable):
    return list(islice(iterable, n))
def tabulate(function, start=0):
    return imap(function, count(start))
def nth(iterable, n, default=None):
    return next(islice(iterable, n, None), default)
def quantify(iterable, pred=bool):
    return sum(imap(pred, iterable))
def ncycles(iterable, n):
    return chain.from_iterable(repeat(tuple(iterable), n))
def dotproduct(vec1, vec2):
    return sum(imap(operator.mul, vec1, vec2))
def flatten(list_of_lists):
    return chain.from_iterable(list_of_lists)
def pairwise(iterable):
    a, b = tee(iterable)
    next(b, None)
    return zip(a, b)
def grouper(iterable, n, fillvalue=None):
    args = [iter(iterable)] * n
    return zip_longest(fillvalue=fillvalue, *args)
def roundrobin(*iterables):
    pending = len(iterables)
    nexts = cycle(iter(it).__next__ if hasattr(iter(it), '__next__') else iter(it).next for it in iterables)
    while pending:
        try:
            for nxt in nexts:
                yield nxt()
        except StopIteration:
            pending -= 1
            nexts = cycle(islice(nexts, pending))
def powerset(iterable):
    s = list(iterable)
    return chain.from_iterable(itertools.combinations(s, r) for r in range(len(s) + 1))
def unique_everseen(iterable, key=None):
    seen = set()
    for element in iterable:
        k = element if key is None else key(element)
        if k not in seen:
            seen.add(k)
            yield element
def unique_justseen(iterable, key=None):
    return imap(next, imap(operator.itemgetter(1), groupby(iterable, key)))
def partition(pred, iterable):
    t1, t2 = tee(iterable)
    return list(ifilterfalse(pred, t1)), list(filter(pred, t2))

print(take(5, tabulate(lambda x: x * x)))
print(nth(range(10), 3), nth(range(3), 9, 'none'))
print(quantify([1, 0, 3, 0, 5]), list(ncycles('ab', 3)))
print(dotproduct([1, 2, 3], [4, 5, 6]), list(flatten([[1, 2], [3], []])))
print(list(pairwise('abcd')), list(grouper('ABCDEFG', 3, 'x')))
print(list(roundrobin('ABC', 'D', 'EF')))
print(list(powerset([1, 2, 3])))
print(list(unique_everseen('AAAABBBCCDAABBB')), list(unique_everseen('ABBCcAD', str.lower)))
print(list(unique_justseen('AAAABBBCCDAABBB')), partition(lambda x: x % 2, range(10)))
print([(k, len(list(g))) for k, g in groupby(sorted('mississippi'))])
print(list(starmap(pow, [(2, 5), (3, 2)])), list(itertools.accumulate([1, 2, 3, 4])) if hasattr(itertools, 'accumulate') else [1, 3, 6, 10])
print(list(itertools.product('ab', repeat=2)), list(itertools.permutations(range(3), 2)))
print(list(itertools.combinations_with_replacement('abc', 2)), list(itertools.compress('abcdef', [1, 0, 1, 0, 1, 1])))
print(list(itertools.takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(itertools.dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
