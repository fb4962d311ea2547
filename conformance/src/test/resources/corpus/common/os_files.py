# The os module over posix: os.path checks, listdir, getcwd, remove/rename, environ, with io's open and memory files.
from __future__ import print_function
import io
import os
import sys

D = 'pyvm_os_files_%d%d.d' % (sys.version_info[0], sys.version_info[1])
print(os.name, os.sep, os.curdir, os.path.join('a', 'b', 'c.txt'), os.path.splitext('x/y.tar.gz'))
print(os.path.exists(D), os.path.isdir('.'), os.path.isabs(os.getcwd()), os.getcwd() == os.path.abspath('.'))
os.mkdir(D)
path = os.path.join(D, 'notes.txt')
with io.open(path, 'w', encoding='utf-8') as f:
    f.write(u'caf\u00e9\nsecond\n')
print(os.path.exists(path), os.path.isfile(path), os.path.isdir(path), os.path.getsize(path))
with io.open(path, encoding='utf-8') as f:
    print([repr(line) for line in f])
with io.open(path, 'rb') as f:
    print(repr(f.read()))
os.rename(path, os.path.join(D, 'renamed.txt'))
print(sorted(os.listdir(D)), os.stat(os.path.join(D, 'renamed.txt')).st_size)
try:
    os.remove(path)
except OSError as e:
    print(e.errno, e.strerror)
try:
    io.open(path)
except IOError as e:
    print(e.errno, e.strerror, e.filename == path)

s = io.StringIO()
s.write(u'memory\n')
print(repr(s.getvalue()), isinstance(s, io.TextIOBase), isinstance(s, io.IOBase))
b = io.BytesIO(b'raw bytes')
print(b.read(3), isinstance(b, io.BufferedIOBase))
print('PATH' in os.environ, os.environ.get('PYVM_SURELY_UNSET_VARIABLE', 'default'), os.getenv('PYVM_SURELY_UNSET_VARIABLE'))

os.remove(os.path.join(D, 'renamed.txt'))
os.rmdir(D)
print(os.path.exists(D))
