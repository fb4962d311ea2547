# 2.7: an instance's __dict__ lists its attributes in its hash table's order, which deletions shape (a deleted
# key's slot stays a dummy until the table grows); pyvm's attributes live in the dict object itself from the
# first deletion on. New-style and classic instances, read before and after the changes.
names = ['alpha', 'beta', 'delta', 'epsilon', 'eta', 'gamma', 'iota', 'theta', 'zeta']


class New(object):
    pass


class Classic:
    pass


def exercise(cls, look_early):
    o = cls()
    for k in names:
        setattr(o, k, len(k))
    if look_early:
        print o.__dict__.keys()
    del o.beta
    o.kappa = 1
    o.beta = 2
    del o.alpha
    print o.__dict__.keys()
    print sorted(vars(o).items())[:3], o.beta, hasattr(o, 'alpha')
    o.alpha = 3
    for k in ['lambda_', 'mu', 'nu', 'xi', 'omicron']:
        setattr(o, k, 0)
    del o.mu
    print o.__dict__.keys()
    o.__dict__['pi'] = 7
    print o.pi, 'pi' in o.__dict__, o.__dict__.keys()[-3:]
    try:
        del o.mu
    except AttributeError as e:
        print 'AttributeError', e


for cls in (New, Classic):
    for early in (False, True):
        exercise(cls, early)


class Point(object):
    def __init__(self, x, y):
        self.x = x
        self.y = y
        self.label = 'p'


p = Point(1, 2)
del p.label
p.z = 3
print vars(p), p.x + p.y + p.z
