# posix.scandir (what os.walk and glob use): DirEntry names, paths, kinds and stat, and the iterator as a context manager.
import posix
import sys

D = 'pyvm_posix_scandir_%d%d.d' % sys.version_info[:2]
posix.mkdir(D)
posix.mkdir(D + '/sub')
with open(D + '/file.txt', 'w') as f:
    f.write('12345')

with posix.scandir(D) as it:
    entries = sorted(it, key=lambda e: e.name)
for e in entries:
    print(repr(e), e.name, e.path.replace(D, 'D'), e.is_dir(), e.is_file(), e.is_symlink())
    if e.is_file():
        print(e.stat().st_size, e.stat().st_size == posix.stat(e.path).st_size, posix.fspath(e).replace(D, 'D'))
print(type(entries[0]).__name__, type(posix.scandir(D)).__name__)
print(sorted(e.name for e in posix.scandir(D.encode())))
it = posix.scandir(D)
it.close()
print(list(it))
try:
    posix.scandir(D + '/missing')
except FileNotFoundError as e:
    print(e.errno, e.strerror)

posix.remove(D + '/file.txt')
posix.rmdir(D + '/sub')
posix.rmdir(D)
print(D in posix.listdir())
