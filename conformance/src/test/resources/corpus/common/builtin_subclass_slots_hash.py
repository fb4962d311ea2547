# A program's subclass of a builtin, with __slots__ and a __hash__ of its own, as functools' _HashedSeq
# (a list subclass used as a dict key by lru_cache) is made.
class HashedSeq(list):
    __slots__ = 'hashvalue'

    def __init__(self, tup):
        self[:] = tup
        self.hashvalue = hash(tup)

    def __hash__(self):
        return self.hashvalue

key = HashedSeq((1, 'a'))
print(key, key.hashvalue == hash((1, 'a')), hash(key) == hash((1, 'a')))
cache = {key: 'cached'}
print(cache[key], key in cache, len(cache))
del key.hashvalue
try:
    key.hashvalue
except AttributeError:
    print('AttributeError after del')
try:
    key.other = 1
except AttributeError:
    print('AttributeError on a name outside the slots')


class Seven(str):
    def __hash__(self):
        return 7

print(hash(Seven('x')), {Seven('x'): 1}[Seven('x')])


class FixedDict(dict):
    def __hash__(self):
        return 11

d = {FixedDict(a=1): 'dict key'}
print(list(d.values()), hash(FixedDict()))


class NoHash(tuple):
    __hash__ = None

try:
    {NoHash(): 1}
except TypeError as e:
    print('TypeError', e)
