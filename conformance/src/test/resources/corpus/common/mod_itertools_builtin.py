# itertools (implemented in Java by pyvm, a C module in CPython): lazy iterators, per-version names.
from __future__ import print_function
import itertools
from itertools import count, cycle, repeat, chain, islice, tee, starmap, takewhile, dropwhile, compress
print(list(islice(count(10), 5)), list(islice(count(1, 3), 4)), list(islice(count(0.5, 0.25), 3)))
print(list(islice(cycle('ab'), 5)), list(repeat('x', 3)), list(islice(repeat(7), 2)))
print(list(chain([1, 2], (3,), 'ab')), list(chain()))
print(list(islice(range(10), 2, 8, 3)), list(islice('abcdef', None, 3)), list(islice(range(5), 1, None)))
a, b = tee(iter([1, 2, 3]))
print(next(a), list(b), list(a))
print(list(starmap(pow, [(2, 3), (3, 2)])), list(takewhile(lambda x: x < 3, [1, 2, 5, 1])),
      list(dropwhile(lambda x: x < 3, [1, 2, 5, 1])))
print(list(compress('abcdef', [1, 0, 1, 0, 1, 1])))
zl = getattr(itertools, 'zip_longest', None) or getattr(itertools, 'izip_longest')
print(list(zl('ab', [1, 2, 3], fillvalue='-')))
ff = getattr(itertools, 'filterfalse', None) or getattr(itertools, 'ifilterfalse')
print(list(ff(lambda x: x % 2, range(7))))
if hasattr(itertools, 'imap'):
    print(list(itertools.imap(lambda x, y: x * y, [1, 2, 3], [4, 5, 6])), list(itertools.izip('ab', 'cd')),
          list(itertools.ifilter(None, [0, 1, '', 'x'])))
if hasattr(itertools, 'accumulate'):
    print(list(itertools.accumulate([1, 2, 3, 4])), list(itertools.accumulate([3, 1, 2], max)))
it = count()
print(next(it), next(it), next(it))
