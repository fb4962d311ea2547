# a generator made inside a builtin call's own expression is closed when the call returns, as CPython's reference
# count closes it: its finally runs before the caller goes on
from __future__ import print_function


def g(tag):
    try:
        yield 1
        yield 2
        yield 3
    finally:
        print('cleanup', tag)


print(any(x > 0 for x in g('any')))
print(all(x < 2 for x in g('all')))
print(next(g('next')))
print(next(g('next default'), None))
print(max(x for x in g('max')), min(g('min')), sum(g('sum')), sorted(g('sorted')))
kept = g('kept')
print(next(kept), 'still open')
print('end')
for x in (y * 10 for y in g('genexpr loop')):
    print(x)
    break
print(list(y for y in g('exhausted')), 'done')
