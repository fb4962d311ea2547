# The arguments str, bytes and bytearray methods refuse, and each version's words: 2.7's bytearray takes only
# buffers (str, bytearray, memoryview; not unicode), 3.x's bytes-like objects or a byte's int; startswith's
# first argument by the receiver's kind.
from __future__ import print_function
for m in ("count", "find", "index", "rfind", "rindex", "startswith", "endswith", "split", "strip", "partition", "replace"):
    try:
        getattr(bytearray(b"aab"), m)(97)
        print(m, "ok")
    except Exception as e:
        print(m, type(e).__name__, e)
    try:
        getattr(b"aab", m)(97)
        print(m, "ok")
    except Exception as e:
        print(m, type(e).__name__, e)

ba = bytearray(b"aab")
tests = [("count", (u"a",)), ("count", (memoryview(b"a"),)), ("count", (bytearray(b"a"),)), ("count", (None,)),
         ("split", (None,)), ("strip", (None,)), ("startswith", ((b"a", 1),)), ("replace", (1, b"x")), ("replace", (b"a", 2)),
         ("rsplit", (3,)), ("lstrip", (3,)), ("rpartition", (3,)), ("partition", (None,)), ("index", (3.5,)), ("find", (b"a", "x")),
         ("endswith", ([1],)), ("count", (2 ** 70,))]
for m, args in tests:
    try:
        print(m, repr(getattr(ba, m)(*args)))
    except Exception as e:
        print(m, type(e).__name__, e)

for s in ('ab', b'ab', u'ab', bytearray(b'ab')):
    for m in ('startswith', 'endswith'):
        for arg in (1, None, [b'a']):
            try:
                print(m, type(s).__name__, getattr(s, m)(arg))
            except Exception as e:
                print(m, type(s).__name__, type(e).__name__, e)
