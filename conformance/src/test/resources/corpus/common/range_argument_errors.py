# range() (2.7 xrange()) with no arguments, too many, or keywords: each version's own words.
import sys
R = xrange if sys.version_info[0] == 2 else range
for a in [(), (1, 2, 3, 4), (1, 2, 3)]:
    try:
        print(list(R(*a)))
    except TypeError as e:
        print(e)
try:
    R(stop=3)
except TypeError as e:
    print(e)
