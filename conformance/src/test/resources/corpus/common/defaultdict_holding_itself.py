# A defaultdict holding itself: its repr shows the inner one as dict's own repr does
# ({...} inside), as does a list holding itself; nothing recurses without end.
from __future__ import print_function
import collections

d = collections.defaultdict(list)
d['me'] = d
d['x'].append(1)
print(repr(d).replace("<type", "<class"))
l = [1]
l.append(l)
print(l, len(repr(l)))
