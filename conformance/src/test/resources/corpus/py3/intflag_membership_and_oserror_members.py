# enum.IntFlag takes Flag's __contains__ (int has none: the MRO goes on past it), and 3.x OSError's
# members: filename2 is None unless given, characters_written fails with its own name, and dir() lists both.
import enum


class Perm(enum.IntFlag):
    R = 4
    W = 2
    X = 1


rw = Perm.R | Perm.W
print(Perm.R in rw, Perm.X in rw, rw in (rw | Perm.X), int(rw))

e = OSError(2, "No such file", "a.txt")
print(e.errno, e.strerror, e.filename, e.filename2)
print(OSError("plain").filename2, OSError(1, "x", "a", None, "b").filename2)
print([n for n in dir(OSError) if not n.startswith("__")])
try:
    print(OSError().characters_written)
except AttributeError as err:
    print("AttributeError", err)
try:
    open("/nonexistent/dir/file.txt")
except OSError as err:
    print(type(err).__name__, err.errno, err.filename, repr(err.filename2))
