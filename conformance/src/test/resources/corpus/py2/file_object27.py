# 2.7's builtin file type: open() and file() on real files, print >>f, 'U' mode, reprs and IOError.
import sys

NAME = 'pyvm_file_object27.tmp'
NAME2 = 'pyvm_file_object27_iter.tmp'

f = file(NAME, 'w')
print type(f), isinstance(f, file), type(f) is type(sys.stdout)
print repr(f).split(' at ')[0]
print >>f, 'hello', 42,
print >>f, 'world'
f.write('a\r\nb\rc\n')
f.writelines(['x\n', 'y'])
print f.softspace, f.name, f.mode, f.encoding, f.closed
f.close()
print repr(f).split(' at ')[0], f.closed

f = open(NAME)
print repr(f.read())
f.seek(0)
print repr(f.readline()), f.tell()
print f.readlines()
f.close()
f = open(NAME)
print repr(f.next()), repr(next(f)), list(f)
f.close()

for line in open(NAME, 'rU'):
    print repr(line)
with open(NAME, 'U') as f:
    print f.read(8).split('\n'), f.tell()

with open(NAME, 'rb') as f:
    f.seek(-3, 2)
    print repr(f.read()), f.tell()
    f.seek(2)
    f.seek(3, 1)
    print repr(f.read(2)), f.readline(3)

with open(NAME, 'r+') as f:
    f.seek(0)
    f.write('J')
    f.seek(0)
    print f.readline().strip()
    f.truncate(3)
with open(NAME, 'a') as f:
    f.write(u'!unicode')
print repr(open(NAME).read())

try:
    open('pyvm_no_such_file27.txt')
except IOError as e:
    print e
    print e.errno, e.strerror, e.filename, e.args, type(e).__name__
try:
    open('.', 'w')
except IOError as e:
    print e
for bad in ['z', '', 'wU']:
    try:
        open(NAME, bad)
    except ValueError as e:
        print 'ValueError', e
f = open(NAME)
try:
    f.write('x')
except IOError as e:
    print 'IOError', e
f.close()
for op in (f.read, f.readline, f.tell, lambda: f.write('x'), f.next):
    try:
        op()
    except ValueError as e:
        print 'ValueError', e
g = open(NAME, 'w')
try:
    g.read()
except IOError as e:
    print 'IOError', e
try:
    g.write(3)
except TypeError as e:
    print 'TypeError', e
g.close()

import posix
posix.remove(NAME)
print NAME in posix.listdir('.')

# iteration reads ahead: tell() reports where the read-ahead ended, read methods refuse to lose it
f = open(NAME2, 'w')
f.write('a\nb\nc\n')
f.close()
f = open(NAME2)
print repr(f.next()), f.tell()
try:
    f.readline()
except ValueError as e:
    print 'ValueError', e
f.seek(0)
print repr(f.readline()), f.tell()
for line in f:
    pass
print f.tell(), repr(f.read())
f.close()
posix.remove(NAME2)
