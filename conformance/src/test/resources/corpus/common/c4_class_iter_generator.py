class Tree(object):
    def __init__(self, value, *children):
        self.value = value
        self.children = list(children)

    def __iter__(self):
        yield self.value
        for child in self.children:
            for v in child:
                yield v

    def leaves(self):
        if not self.children:
            yield self.value
        for c in self.children:
            for leaf in c.leaves():
                yield leaf

    def depth_first(self, depth=0):
        yield depth, self.value
        for c in self.children:
            for item in c.depth_first(depth + 1):
                yield item

t = Tree(1, Tree(2, Tree(4), Tree(5)), Tree(3, Tree(6, Tree(7))))
print(list(t))
print(list(t.leaves()))
for d, v in t.depth_first():
    print("  " * d + str(v))
print(sum(t))
print(4 in t)
print(9 in t)

class Countdown(object):
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        n = self.n
        while n > 0:
            yield n
            n -= 1
c = Countdown(3)
print(list(c))
print(list(c))
print([(a, b) for a in c for b in Countdown(2)])
it = iter(c)
print(next(it))
print(type(it).__name__)

class Broken(object):
    def __iter__(self):
        yield 1
        raise RuntimeError("tree walk failed")
print(sorted(Broken()))
