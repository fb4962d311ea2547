# 2.7: which rich comparison methods run, and in what order, when they return NotImplemented (each class's slot
# asks both operands, so a comparison may ask a method twice), for new-style and classic classes


class Loud(object):
    def __init__(self, name):
        self.name = name

    def __eq__(self, other):
        print '  %s.__eq__' % self.name
        return NotImplemented

    def __lt__(self, other):
        print '  %s.__lt__' % self.name
        return NotImplemented

    def __gt__(self, other):
        print '  %s.__gt__' % self.name
        return NotImplemented


class Sub(Loud):
    def __eq__(self, other):
        print '  %s.__eq__ (Sub)' % self.name
        return True


class Quiet(object):
    pass


class OldLoud:
    def __init__(self, name):
        self.name = name

    def __eq__(self, other):
        print '  old %s.__eq__' % self.name
        return NotImplemented


class Decides(object):
    def __eq__(self, other):
        print '  Decides.__eq__'
        return 'yes'


for label, f in [('a == b', lambda: Loud('a') == Loud('b')), ('a < b', lambda: (Loud('a') < Loud('b')) in (True, False)),
                 ('a == sub', lambda: Loud('a') == Sub('s')), ('a == quiet', lambda: Loud('a') == Quiet()),
                 ('quiet == a', lambda: Quiet() == Loud('a')), ('a == 1', lambda: Loud('a') == 1),
                 ('1 < a', lambda: 1 < Loud('a')), ('old == old', lambda: OldLoud('x') == OldLoud('y')),
                 ('old == a', lambda: OldLoud('x') == Loud('a')), ('decides', lambda: Loud('a') == Decides())]:
    print label
    print '  ->', f()
