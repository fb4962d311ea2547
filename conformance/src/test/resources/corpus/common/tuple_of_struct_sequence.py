# tuple() of a struct sequence (time.struct_time, sys.float_info, sys.version_info) is a new plain
# tuple, not the struct sequence itself: only an exact tuple is returned as it is
from __future__ import print_function
import sys
import time

t = time.gmtime(1234567890)
for x in [t, sys.float_info, sys.version_info, (1, 2)]:
    y = tuple(x)
    print(type(y).__name__, y is x, len(y), y == x)
print(tuple(t))
print(repr(tuple(time.gmtime(0))[:3]), tuple(sys.version_info)[:1] == (sys.version_info[0],))
print(list(t) == list(tuple(t)), hash(tuple(t)) == hash(tuple(t)), tuple(t) + ('x',))
