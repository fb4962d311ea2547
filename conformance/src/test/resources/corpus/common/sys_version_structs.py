# sys reports the version of the bytecode being run: version_info, hexversion, maxsize,
# float_info and (3.x) hash_info, as named tuples that index, slice and compare like tuples.
import sys

vi = sys.version_info
print(vi)
print(vi[:2], vi.major, vi[0] == vi.major, len(vi))
print(vi >= (2, 7), vi < (4,), vi[:2] in [(2, 7), (3, 6), (3, 11)])
print(type(vi).__name__, isinstance(vi, tuple))
print(sys.hexversion >> 16 == (vi.major << 8) | vi.minor)
print(sys.maxsize, sys.maxsize == 2 ** 63 - 1)
print(sys.float_info)
print(sys.float_info.max, sys.float_info.epsilon, sys.float_info[6], sys.float_info.dig)
print(sys.float_info.max * 2, -sys.float_info.max * 2)
print(sys.float_info.min / 2 > 0, 1.0 + sys.float_info.epsilon > 1.0)
info = getattr(sys, "hash_info", None)
print(info)
if info is not None:
    print(info.width, info.modulus == 2 ** 61 - 1, info.algorithm, hash(info.modulus), hash(float("inf")) == info.inf)
major, minor = vi[:2]
print("%d.%d" % (major, minor))
