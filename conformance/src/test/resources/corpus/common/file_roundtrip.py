# Builtin open(): write a file in the current folder, read it back every way (text and binary), then remove it.
from __future__ import print_function
import sys

NAME = 'pyvm_file_roundtrip_%d%d.tmp' % (sys.version_info[0], sys.version_info[1])

f = open(NAME, 'w')
f.write('first line\n')
f.write('second line\n')
f.writelines(['third\n', 'fourth'])
print(f.closed)
f.close()
print(f.closed)

with open(NAME) as f:
    data = f.read()
print(repr(data), len(data))

with open(NAME) as f:
    print(repr(f.readline()))
    print(f.tell())
    print(repr(f.readline()))
    rest = f.readlines()
    print(rest)
    print(repr(f.readline()), repr(f.read()))

with open(NAME) as f:
    for i, line in enumerate(f):
        print(i, repr(line))

with open(NAME, 'rb') as f:
    print(repr(f.read(5)))
    print(f.tell())
    f.seek(0)
    print(repr(f.readline()))
    f.seek(-6, 2)
    print(repr(f.read()), f.tell())
    f.seek(3, 0)
    f.seek(2, 1)
    print(f.tell(), repr(f.read(4)))

with open(NAME, 'a') as f:
    f.write('\nappended\n')
with open(NAME) as f:
    print(f.read().splitlines())

with open(NAME, 'w') as f:
    pass
with open(NAME) as f:
    print(repr(f.read()))

with open(NAME, 'wb') as f:
    f.write(b'\x00\x01\xff binary\r\n')
with open(NAME, 'rb') as f:
    print(repr(f.read()))

with open(NAME, 'r+') as f:
    f.seek(2)
    f.write('ZZ')
    f.seek(0)
    print(repr(f.read(6)))

try:
    with open(NAME) as f:
        raise KeyError('inside with')
except KeyError as e:
    print('caught', e, f.closed)

f = open(NAME)
f.close()
try:
    f.read()
except ValueError as e:
    print('ValueError', e)

try:
    open('pyvm_no_such_file.txt')
except IOError as e:
    print(e)
    print(e.errno, e.strerror, e.filename, e.args)

try:
    open(NAME, 'q')
except ValueError as e:
    print('ValueError', e)

import posix
posix.remove(NAME)
print(NAME in posix.listdir('.'))
