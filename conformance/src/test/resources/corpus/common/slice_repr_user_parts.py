# A slice's repr shows its parts through their own __repr__; a class's __getitem__ receives such slices


class Key(object):
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return 'Key(%r)' % self.name


class Grid(object):
    def __getitem__(self, item):
        return item


g = Grid()
print(repr(slice(Key('a'), Key('b'))))
print(g[Key('x'):Key('y'):2])
print(g[1:Key('z')])
print(g[Key('p'):, ::Key('q')])
print([slice(Key('m'), None)], str(slice(1, 2, 3)))
s = g[Key('s'):5]
print(s.start, s.stop, s.step)
