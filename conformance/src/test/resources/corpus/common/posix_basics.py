# The posix module directly: folders, stat, descriptors, renames, and the OSError each failure raises.
from __future__ import print_function
import posix
import sys

D = 'pyvm_posix_basics_%d%d.d' % (sys.version_info[0], sys.version_info[1])
print('posix' in sys.builtin_module_names, posix.error is OSError)
posix.mkdir(D)
for name, body in [('b.txt', 'bb'), ('a.txt', 'a'), ('c.txt', 'cccc')]:
    f = open(D + '/' + name, 'w')
    f.write(body)
    f.close()
print(sorted(posix.listdir(D)))
st = posix.stat(D + '/c.txt')
print(st.st_size, st[6], len(st), type(st).__name__, isinstance(st.st_mtime, float), isinstance(st.st_mode, int))
print(st.st_mode & 0o170000 == 0o100000, posix.stat(D).st_mode & 0o170000 == 0o040000)
print(posix.lstat(D + '/a.txt').st_size, st == tuple(st))
print(posix.stat_result((1, 2, 3, 4, 5, 6, 7, 8, 9, 10)))
print(posix.access(D, posix.F_OK), posix.access(D + '/zz', posix.F_OK), posix.access(D + '/a.txt', posix.R_OK))

fd = posix.open(D + '/c.txt', posix.O_RDWR)
print(posix.read(fd, 2), posix.lseek(fd, 0, 1), posix.write(fd, b'ZZ'), posix.lseek(fd, 0, 0))
print(posix.read(fd, 100), posix.read(fd, 100), posix.fstat(fd).st_size)
posix.close(fd)
fd = posix.open(D + '/new.txt', posix.O_WRONLY | posix.O_CREAT | posix.O_TRUNC)
posix.write(fd, b'made')
posix.close(fd)
print(open(D + '/new.txt').read())
try:
    posix.open(D + '/new.txt', posix.O_WRONLY | posix.O_CREAT | posix.O_EXCL)
except OSError as e:
    print(e.errno, e.strerror)

posix.rename(D + '/a.txt', D + '/d.txt')
print(sorted(posix.listdir(D)))

for op, args in [(posix.stat, ('pyvm_nope.txt',)), (posix.listdir, ('pyvm_nope_dir',)), (posix.remove, ('pyvm_nope.txt',)),
                 (posix.mkdir, (D,)), (posix.rmdir, (D,)), (posix.rmdir, (D + '/b.txt',)), (posix.close, (999,)),
                 (posix.rename, (D + '/zz', D + '/yy')), (posix.listdir, (D + '/b.txt',))]:
    try:
        op(*args)
    except OSError as e:
        print(type(e).__name__, e.errno, e.strerror, e.filename, e.args)
        print(str(e).replace(D, 'D'))

print(posix.strerror(2), posix.strerror(13))
print(type(posix.environ).__name__, type(posix.getpid()).__name__, len(posix.urandom(5)))
print(posix.getcwd() != '')
for name in posix.listdir(D):
    posix.remove(D + '/' + name)
posix.rmdir(D)
print(D in posix.listdir('.'))
