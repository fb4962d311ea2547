# posix: permission bits, file times, umask, ids, ftruncate/fsync on a descriptor.
from __future__ import print_function
import sys
import posix
NAME = 'pyvm_posix_attributes_%d%d.tmp' % (sys.version_info[0], sys.version_info[1])
with open(NAME, 'w') as f:
    f.write('x')
posix.chmod(NAME, 0o600)
print(oct(posix.stat(NAME).st_mode & 0o777))
posix.utime(NAME, (1000000000, 1200000000))
st = posix.stat(NAME)
print(st.st_mtime, st[8], st.st_atime)
old = posix.umask(0o077); print(posix.umask(old) == 0o077)
print(type(posix.getuid()))
fd = posix.open(NAME, posix.O_RDWR)
posix.ftruncate(fd, 0); posix.fsync(fd); posix.close(fd)
print(posix.stat(NAME).st_size)
try:
    posix.chmod('nope.tmp', 0o600)
except OSError as e:
    print(e)
posix.remove(NAME)
print(NAME in posix.listdir('.'))
