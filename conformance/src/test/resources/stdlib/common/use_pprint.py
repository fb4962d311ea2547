# pprint: pretty-printing nested structures.
from __future__ import print_function
import pprint

data = {'name': 'pyvm', 'list': list(range(30)), 'nested': {'b': [1, 2, {'c': (3, 4)}], 'a': 'x' * 50},
        'tuple': tuple('abcdefghijklmnopqrstuvwxyz')}
pprint.pprint(data)
pprint.pprint(data, width=40, depth=2)
print(pprint.pformat([[1, 2, 3]] * 8, width=30))
print(pprint.isreadable(data), pprint.isrecursive(data), pprint.saferepr({'z': 1, 'a': [2]}))
rec = [1, 2]
rec.append(rec)
print(pprint.isrecursive(rec))
pp = pprint.PrettyPrinter(indent=4, width=20)
pp.pprint(['alpha', 'beta', 'gamma', {'delta': 1, 'epsilon': 2}])
