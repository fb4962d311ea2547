class Grid(object):
    def __init__(self, w, h):
        self.w = w
        self.h = h
        self.cells = {}
    def __len__(self):
        return self.w * self.h
    def __getitem__(self, key):
        x, y = key
        if not (0 <= x < self.w and 0 <= y < self.h):
            raise IndexError("cell %r out of range" % (key,))
        return self.cells.get(key, ".")
    def __setitem__(self, key, value):
        print("set %r = %r" % (key, value))
        self.cells[key] = value
    def __delitem__(self, key):
        print("del %r" % (key,))
        del self.cells[key]
    def __contains__(self, value):
        return value in self.cells.values()
    def __iter__(self):
        for y in range(self.h):
            for x in range(self.w):
                yield self[x, y]
    def __call__(self, ch):
        return sum(1 for c in self if c == ch)

g = Grid(3, 2)
print(len(g))
g[0, 0] = "#"
g[2, 1] = "@"
g[1, 1] = "#"
print(g[0, 0])
print(g[1, 0])
print("#" in g)
print("?" in g)
print("".join(g))
print(g("#"))
print(g("."))
del g[1, 1]
print(list(g))
try:
    del g[1, 1]
except KeyError as e:
    print("KeyError %r" % (e.args,))

class Seq(object):
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError(i)
        return i * 10
print(list(Seq()))
print(20 in Seq())
for v in Seq():
    print(v)
print(g[5, 5])
