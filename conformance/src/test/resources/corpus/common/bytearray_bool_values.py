# a bool is an int to a bytearray on every version: as an item, a count, a value to find or store
from __future__ import print_function


class Idx(object):
    def __index__(self):
        return 1


ba = bytearray(b"\x01\x02")
print(True in ba, False in ba, Idx() in ba, 2 in ba, 0 in ba)
print(repr(bytearray(True)), repr(bytearray(False)), repr(bytearray([True, 2, False])))
ba.append(True)
ba[0] = False
ba.extend([True, Idx()])
print(repr(ba), ba.count(b"\x01"), len(ba))
for bad in ([256], [-1], [True, 300]):
    try:
        bytearray(bad)
    except ValueError as e:
        print("ValueError", e)
