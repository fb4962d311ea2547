# 2.7 file.softspace: a member of file objects and of the standard streams, which print reads and sets.
import sys
print "a",
print sys.stdout.softspace
sys.stdout.softspace = 0
print "b"
sys.stdout.softspace = 1
print "c"
sys.stdout.softspace = True
print "d"
for bad in ["x", 1.5, None]:
    try:
        sys.stdout.softspace = bad
    except TypeError as e:
        print "set:", e
try:
    del sys.stdout.softspace
except TypeError as e:
    print "del:", e
print sys.stdout.encoding, sys.stderr.encoding, sys.stdin.encoding, sys.stdout.errors
print type(file.softspace).__name__, repr(file.softspace)
f = open("pyvm_pb2_softspace.tmp", "w")
print f.softspace,
print >>f, "x",
print f.softspace
f.softspace = 0
print >>f, "y"
f.write("z")
print f.softspace
f.close()
print repr(open("pyvm_pb2_softspace.tmp").read())
import posix
posix.remove("pyvm_pb2_softspace.tmp")
