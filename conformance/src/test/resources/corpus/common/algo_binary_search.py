# Binary search (iterative and recursive), bisect-style insertion points.
def bsearch(a, x):
    lo, hi = 0, len(a) - 1
    while lo <= hi:
        mid = (lo + hi) // 2
        if a[mid] == x:
            return mid
        elif a[mid] < x:
            lo = mid + 1
        else:
            hi = mid - 1
    return -1

def bsearch_rec(a, x, lo=0, hi=None):
    if hi is None:
        hi = len(a)
    if lo >= hi:
        return -1
    mid = (lo + hi) // 2
    if a[mid] == x:
        return mid
    if a[mid] < x:
        return bsearch_rec(a, x, mid + 1, hi)
    return bsearch_rec(a, x, lo, mid)

def insertion_point(a, x):
    lo, hi = 0, len(a)
    while lo < hi:
        mid = (lo + hi) // 2
        if a[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo

a = list(range(0, 100, 7))
print(a)
for x in [0, 49, 98, 50, -1, 200]:
    print("%d: %d %d %d" % (x, bsearch(a, x), bsearch_rec(a, x), insertion_point(a, x)))
