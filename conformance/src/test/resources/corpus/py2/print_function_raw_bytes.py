# -*- coding: utf-8 -*-
# 2.7's print() function writes a byte string's own bytes to the file, as the print statement does,
# not re-encoded: UTF-8 literals, encoded unicode, %-formatted text, objects' __str__, sep and end.
from __future__ import print_function
import sys


class Label(object):
    def __str__(self):
        return 'labél'


print('café')
print('a', 'café', Label(), sep='·', end=' ←\n')
print(u'x'.encode('utf-8') + 'é', unichr(955).encode('utf-8'), u'\u2603'.encode('utf-8'))
print('%s=%d €' % ('prix', 5), len('é'), repr('é'))
print('été', file=sys.stderr)
print(b'raw\xff\xfe'[:3], 'x\ty')
print()
print('no newline', end='')
print(' then', 'one', sep='')
