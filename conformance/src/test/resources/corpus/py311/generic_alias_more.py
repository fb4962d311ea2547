# 3.9+'s X[int] for enumerate, the exception groups, functools.partial and itertools.chain; with_traceback's check
import functools
import itertools

for t in (enumerate, ExceptionGroup, BaseExceptionGroup, functools.partial, itertools.chain, list, dict):
    a = t[int]
    print(a, a.__origin__ is t, a.__args__)
for bad in (5, 'tb'):
    try:
        ValueError().with_traceback(bad)
        print('accepted')
    except TypeError as e:
        print('TypeError:', e)
print(ValueError('v').with_traceback(None).__traceback__)
