# copy: shallow and deep copies, __copy__/__deepcopy__, shared references.
from __future__ import print_function
import copy

a = [1, [2, 3], {'k': [4]}]
s = copy.copy(a)
d = copy.deepcopy(a)
a[1].append(99)
a[2]['k'].append(5)
print(s, d, s[1] is a[1], d[1] is a[1])
shared = [0]
pair = [shared, shared]
dp = copy.deepcopy(pair)
print(dp[0] is dp[1], dp[0] is shared)
class Node(object):
    def __init__(self, name, children=()):
        self.name = name
        self.children = list(children)
    def __repr__(self):
        return 'Node(%s, %r)' % (self.name, self.children)
tree = Node('root', [Node('a'), Node('b', [Node('c')])])
t2 = copy.deepcopy(tree)
t2.children[1].name = 'B'
print(tree, t2)
class Counted(object):
    copies = 0
    def __copy__(self):
        Counted.copies += 1
        return Counted()
    def __deepcopy__(self, memo):
        Counted.copies += 10
        return Counted()
copy.copy(Counted()); copy.deepcopy([Counted(), Counted()])
print(Counted.copies)
r = [1]
r.append(r)
r2 = copy.deepcopy(r)
print(r2[1] is r2, r2 is not r)
print(copy.copy((1, 2)) == (1, 2), copy.deepcopy({'t': (1, [2])}))
