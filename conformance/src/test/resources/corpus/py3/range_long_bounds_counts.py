# len(), the last item and __len__ of ranges whose bounds reach a long's ends: the count is exact even where
# stop - start overflows a signed long (range(-2**63, 2**63 - 1, 2**63 - 1) has 3 items)
import sys
M = sys.maxsize
for args in [(10,), (0, 10, 3), (10, 0, -3), (-M - 1, M), (-M - 1, M, 2), (M, -M - 1, -1), (0, 2**40, 3), (5, 5), (5, 4), (-M-1, M, M)]:
    r = range(*args)
    try:
        n = len(r)
    except OverflowError as e:
        n = 'Overflow: %s' % e
    try:
        last = r[-1] if r else None
    except Exception as e:
        last = '%s: %s' % (type(e).__name__, e)
    print(args, n, r.__len__() if not isinstance(n, str) else '-', last)
