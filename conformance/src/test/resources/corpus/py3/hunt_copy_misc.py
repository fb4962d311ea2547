import copy
orig = {'a': [1, 2, {'x': 3}], 'b': (4, [5])}
sh = copy.copy(orig)
dp = copy.deepcopy(orig)
orig['a'][2]['x'] = 99
orig['b'][1].append(6)
print(sh, dp, sh['a'] is orig['a'], dp['a'] is orig['a'])
class Node:
    def __init__(self, val, children=None):
        self.val = val
        self.children = children or []
    def __repr__(self):
        return f'Node({self.val}, {self.children})'
root = Node(1, [Node(2), Node(3, [Node(4)])])
clone = copy.deepcopy(root)
clone.children[1].children[0].val = 40
print(root, clone)
class Custom:
    def __init__(self, v):
        self.v = v
    def __copy__(self):
        print('custom copy')
        return Custom(self.v)
    def __deepcopy__(self, memo):
        print('custom deepcopy')
        return Custom(copy.deepcopy(self.v, memo))
c = Custom([1])
print(copy.copy(c).v, copy.deepcopy(c).v is c.v)
lst = [1, 2]
lst.append(lst)
dl = copy.deepcopy(lst)
print(dl[2] is dl, dl[:2], repr(lst))
d = {}
d['self'] = d
print(d, copy.deepcopy(d)['self'] is not d)
print(copy.copy([1, [2]]) == [1, [2]], copy.copy((1, 2)), copy.deepcopy((1, [2])), copy.copy('s'), copy.copy(5))
nested = [[0] * 3] * 2
nested[0][0] = 1
print(nested)
fixed = [[0] * 3 for _ in range(2)]
fixed[0][0] = 1
print(fixed)
a = [3, 1, 2]
b = a[:]
b.sort()
print(a, b, list(a) is a, a.copy() == a)
s = {1, 2}
t = s.copy()
t.add(3)
print(s, t, frozenset(s) | t)
