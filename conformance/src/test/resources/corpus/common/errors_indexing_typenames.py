# What subscripting an object without items says, per version: 2.7 and 3.6 answer an integer index
# into a set, a dict view or an instance of a class with "does not support indexing" (the type has
# sequence slots but no item getter), other keys and other types differ; and C types of modules
# other than builtins are quoted by their dotted tp_name ('collections.deque').
import collections
import io
import struct


class Plain(object):
    pass


class Indexable(object):
    def __index__(self):
        return 0


d = {1: 2, 3: 4}
for obj in [set([1]), frozenset([2]), Plain(), d.keys(), d.values(), d.items(), 7, None, 2.5, len]:
    for key in (0, True, Indexable(), "a", 1.5):
        try:
            obj[key]
        except Exception as e:
            print(type(obj).__name__, type(key).__name__, type(e).__name__, e)

for obj in [collections.deque([1]), io.BytesIO(), struct.Struct("i")]:
    try:
        obj.no_such_attribute
    except AttributeError as e:
        print(e)
    try:
        obj - 1
    except TypeError as e:
        print(e)
    try:
        obj()
    except TypeError as e:
        print(e)
