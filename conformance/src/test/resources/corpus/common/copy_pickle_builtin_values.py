# Copying and pickling builtin values: a bytearray keeps its bytes (and a subclass instance's attributes), its
# __reduce__ and __reduce_ex__ handing over the contents; builtin functions pickle by name, bound builtin
# methods as getattr(object, name).
from __future__ import print_function
import copy
import pickle


class Tagged(bytearray):
    pass


plain = bytearray(b"y\x00\xff")
print(repr(copy.copy(plain)), repr(copy.deepcopy(plain)), copy.copy(plain) is plain)
print(repr(copy.deepcopy([bytearray(b"ab"), {"k": bytearray()}])))
print(plain.__reduce__())
for proto in range(0, pickle.HIGHEST_PROTOCOL + 1):
    back = pickle.loads(pickle.dumps(plain, proto))
    print(proto, repr(back), back == plain, type(back).__name__)
t = Tagged(b"tag")
t.label = "L"
c = copy.deepcopy(t)
print(type(c).__name__, repr(bytes(c)), c.label)
p = pickle.loads(pickle.dumps(t, 2))
print(type(p).__name__, repr(bytes(p)), p.label)
empty = bytearray()
print(repr(copy.copy(empty)), repr(pickle.loads(pickle.dumps(empty))))
if hasattr(plain, "__reduce_ex__"):
    r = plain.__reduce_ex__(4)
    print(r[0].__name__, r[1], r[2])

import math
for fn in [len, math.sqrt, abs, sorted]:
    for proto in (0, 2, pickle.HIGHEST_PROTOCOL):
        print(fn.__name__, proto, pickle.loads(pickle.dumps(fn, proto)) is fn)
items = [3, 1, 2]
if str is not bytes:
    r = items.append.__reduce__()
    print(r[0] is getattr, r[1][0] is items, r[1][1], len.__reduce__(), math.sqrt.__reduce__())
    appender = pickle.loads(pickle.dumps(items.append))
    appender(9)
    print(appender.__self__, items)
print(repr(pickle.loads(pickle.dumps(b"raw\x00", 0))), repr(pickle.loads(pickle.dumps(b"raw", 2))))
print(copy.copy(len) is len, copy.deepcopy(math.sqrt) is math.sqrt)
