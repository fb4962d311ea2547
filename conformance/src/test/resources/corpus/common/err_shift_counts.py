from __future__ import print_function

# Shifts by counts that do not fit a machine word: 2.7 and 3.6 convert the count
# first (an OverflowError whatever its sign), 3.11 looks at the sign and at the
# value shifted before it cares how big the count is.

def attempt(label, fn):
    try:
        r = fn()
    except (OverflowError, ValueError, MemoryError) as e:
        print(label, '->', type(e).__name__, '|', e)
    else:
        print(label, '=', r)

huge = 10 ** 20
counts = [huge, -huge, 2 ** 63, 2 ** 62, 2 ** 40, 64, 100, 1, 0, -1, -2 ** 70]
values = [0, 1, -1, 3, 12345678901234567890123, -(10 ** 25)]
for v in values:
    for c in counts:
        name = '%s, %s' % (str(v)[:8], c)
        attempt('lshift(%s)' % name, lambda: (v << c).bit_length())
        attempt('rshift(%s)' % name, lambda: v >> c)

acc = 1
for step in (10, 20, 40, 80):
    acc <<= step
    print('acc bits', acc.bit_length())
try:
    acc <<= huge
except OverflowError as e:
    print('augmented', type(e).__name__)
try:
    acc >>= -3
except ValueError as e:
    print('augmented', e)
print('final', acc >> 100, acc >> 150)
