# struct: the packers CPython uses for 'H' in native and little-endian standard modes read a signed
# long and check the range themselves, so a negative value gets the "ushort format" message
from __future__ import print_function
import struct

for fmt in ['<H', '>H', 'H', '=H', '<h', '<B', '>B', '<I', 'I', '>I', '<Q', 'b', '>b', 'h', 'i', '<l', 'L']:
    for v in [-1, 2 ** 16, 2 ** 40, 2 ** 70, -2 ** 70]:
        try:
            print(fmt, v, repr(struct.pack(fmt, v)))
        except struct.error as e:
            print(fmt, v, 'error:', e)
