from __future__ import print_function


class Node(object):
    __slots__ = ('key', 'value', 'prev', 'next')

    def __init__(self, key=None, value=None):
        self.key = key
        self.value = value
        self.prev = self.next = None

    def __repr__(self):
        return 'Node(%r=%r)' % (self.key, self.value)


class LRUCache(object):
    def __init__(self, capacity):
        if capacity < 1:
            raise ValueError('capacity must be >= 1')
        self.capacity = capacity
        self.map = {}
        self.head = Node('<head>')
        self.tail = Node('<tail>')
        self.head.next = self.tail
        self.tail.prev = self.head
        self.hits = self.misses = 0
        self.evicted = []

    def _unlink(self, node):
        node.prev.next = node.next
        node.next.prev = node.prev

    def _push_front(self, node):
        node.next = self.head.next
        node.prev = self.head
        self.head.next.prev = node
        self.head.next = node

    def get(self, key, default=None):
        node = self.map.get(key)
        if node is None:
            self.misses += 1
            return default
        self.hits += 1
        self._unlink(node)
        self._push_front(node)
        return node.value

    def __getitem__(self, key):
        sentinel = object()
        v = self.get(key, sentinel)
        if v is sentinel:
            raise KeyError(key)
        return v

    def __setitem__(self, key, value):
        node = self.map.get(key)
        if node is not None:
            node.value = value
            self._unlink(node)
        else:
            if len(self.map) >= self.capacity:
                old = self.tail.prev
                self._unlink(old)
                del self.map[old.key]
                self.evicted.append(old.key)
            node = Node(key, value)
            self.map[key] = node
        self._push_front(node)

    def __contains__(self, key):
        return key in self.map

    def __len__(self):
        return len(self.map)

    def __iter__(self):
        node = self.head.next
        while node is not self.tail:
            yield node.key
            node = node.next

    def items(self):
        return [(k, self.map[k].value) for k in self]

    def __repr__(self):
        return 'LRUCache(%d, [%s])' % (self.capacity, ', '.join('%r: %r' % kv for kv in self.items()))


def memoize(cache):
    def deco(fn):
        def wrapper(*args):
            if args in cache:
                return cache[args]
            result = fn(*args)
            cache[args] = result
            return result
        wrapper.__name__ = fn.__name__
        wrapper.cache = cache
        return wrapper
    return deco


c = LRUCache(3)
for k, v in [('a', 1), ('b', 2), ('c', 3), ('a', 10), ('d', 4), ('e', 5)]:
    c[k] = v
    print(k, '->', c)
print(c.get('b'), c.get('a'), c['d'], 'a' in c, 'b' in c, len(c))
print(list(c), c.evicted, c.hits, c.misses)
try:
    c['zzz']
except KeyError as e:
    print('KeyError', e, e.args)
try:
    LRUCache(0)
except ValueError as e:
    print('ValueError:', e)

fib_cache = LRUCache(50)


@memoize(fib_cache)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print([fib(i) for i in range(20)])
print(fib(90), fib.__name__, len(fib.cache), fib_cache.hits, fib_cache.misses)
print(sorted(fib_cache.items())[:5])
n = Node(1, 2)
try:
    n.other = 3
except AttributeError as e:
    print('AttributeError:', e)
print(Node.__slots__, hasattr(n, '__dict__'))
small = LRUCache(1)
small[(1, 2)] = 'pair'
small[frozenset([1])] = 'fs'
print(small, small.evicted)
small[[1]] = 'list'
