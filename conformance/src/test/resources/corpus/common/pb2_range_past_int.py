# Ranges with more items than a 32-bit count: len(), indexing from either end, 3.x membership and the
# item arithmetic stay exact (a range of 2**40 items is no list).
import sys
R = xrange if sys.version_info[0] == 2 else range
big = R(0, 2**40, 3)
print(len(big))
print(big[-1])
print(big[2**35])
print(big[-2**36])
print(len(R(2**62)))
print(R(2**62).__len__())
print(R(-2**62, 2**62, 2**61)[3])
for bad in [lambda: big[len(big)], lambda: big[-len(big) - 1], lambda: R(10)[2**70]]:
    try:
        print(bad())
    except IndexError as e:
        print('IndexError: ' + str(e))
if sys.version_info[0] == 3:
    print(3 * 2**34 in big)
    print(len(range(2**62, 2**63 - 1)))
    try:
        len(range(2**64))
    except OverflowError as e:
        print('OverflowError: ' + str(e))
    print(range(2**64)[2**63])
else:
    print(len(xrange(sys.maxint)))
    try:
        xrange(-2**62, 2**62)
    except OverflowError as e:
        print('OverflowError: ' + str(e))
    print(len(xrange(-2**62, 2**62 - 1)))
