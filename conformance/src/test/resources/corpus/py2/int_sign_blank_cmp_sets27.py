# 2.7: int() and long() skip blanks after the sign (strtol does); cmp() refuses two sets
for s in ['+ 1', '- 5', ' -  7 ', '+\t3', '-  0x10', '- 1_0', '--1', '+ -1']:
    for f in (int, long):
        try:
            print repr(s), f.__name__, repr(f(s))
        except ValueError as e:
            print repr(s), f.__name__, 'ValueError', e
    try:
        print repr(s), 'base 0', repr(int(s, 0))
    except ValueError as e:
        print repr(s), 'base 0', 'ValueError', e
a = set([1])
for x, y in [(a, set([2])), (frozenset([1]), frozenset([1])), (a, a), (a, [1]), (set(), None)]:
    try:
        print cmp(x, y)
    except TypeError as e:
        print 'TypeError', e
print sorted([set([2]), set([1, 2])], key=len)
