# 2.7: the C types of modules report a byte-string __module__ (CPython's type_module slices tp_name), and
# messages quote their dotted tp_name.
import struct
import random
import hashlib
import cStringIO
import collections

for t in [struct.Struct, type(random.Random()).__mro__[1], type(hashlib.md5()), cStringIO.InputType,
          collections.deque]:
    print repr(t.__module__), t.__name__, repr(t)
for obj in [collections.deque(), cStringIO.StringIO("x"), hashlib.md5()]:
    try:
        obj.nothing_here
    except AttributeError as e:
        print e
