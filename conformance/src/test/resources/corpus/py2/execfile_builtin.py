# 2.7's execfile(): a file's source run in the caller's namespaces or in given ones, its errors
# naming the file; a missing file is open()'s IOError.
import os

NAME = 'pyvm_execfile_27.tmp'
f = open(NAME, 'w')
f.write('x = 6 * 7\n')
f.write('def twice(v):\n    return 2 * v\n')
f.write('print "in the file", __name__\n')
f.close()
execfile(NAME)
print x, twice(x)
ns = {}
execfile(NAME, ns)
print sorted(k for k in ns if k != '__builtins__'), ns['x']
loc = {}
execfile(NAME, {}, loc)
print sorted(loc)


def inside():
    d = {}
    execfile(NAME, d)
    return d['twice'](5)


print inside()
f = open(NAME, 'w')
f.write('y = 1\nraise ValueError("from the file")\n')
f.close()
try:
    execfile(NAME)
except ValueError as e:
    print 'ValueError', e, y
os.remove(NAME)
for args in [(), ('nowhere_at_all.py',), (1,), (NAME, 1), (NAME, {}, 1, 2)]:
    try:
        execfile(*args)
    except (IOError, TypeError) as e:
        print type(e).__name__, e
