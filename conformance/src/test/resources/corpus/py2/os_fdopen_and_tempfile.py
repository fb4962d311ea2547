# 2.7: os.fdopen(fd[, mode[, bufsize]]) makes a file object named <fdopen> over an open descriptor, and closes the
# descriptor with itself; tempfile's TemporaryFile and NamedTemporaryFile are made with it.
import os
import tempfile
fd = os.open('low.txt', os.O_RDWR | os.O_CREAT | os.O_TRUNC)
f = os.fdopen(fd, 'w')
print f.name, f.mode, type(f).__name__
f.write('hello\nworld\n')
f.close()
g = os.fdopen(os.open('low.txt', os.O_RDONLY))
print repr(g.read()), g.name, g.mode
g.close()
t = tempfile.TemporaryFile()
t.write('abc')
t.seek(0)
print repr(t.read())
t.close()
n = tempfile.NamedTemporaryFile(dir='.', suffix='.txt', delete=True)
n.write('named')
n.flush()
print os.path.exists(n.name), repr(open(n.name).read())
n.close()
print os.path.exists(n.name)
with tempfile.NamedTemporaryFile('w+', dir='.', delete=False) as k:
    k.write('kept')
print repr(open(k.name).read())
os.remove(k.name)
os.remove('low.txt')
try:
    os.fdopen(99999)
except OSError as e:
    print 'OSError', e.errno
for args in [(), (0, 'r', 1, 2)]:
    try:
        os.fdopen(*args)
    except TypeError as e:
        print 'TypeError', e
