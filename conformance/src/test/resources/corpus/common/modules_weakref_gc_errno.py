# Java-implemented _weakref, gc, errno and thread/_thread as the stdlib uses them
import _weakref
import errno
import gc

try:
    import _thread as thread
except ImportError:
    import thread


class Node(object):
    pass


n = Node()
r = _weakref.ref(n)
print("%s %s %s" % (r() is n, r is _weakref.ref(n), _weakref.getweakrefcount(n)))
r2 = _weakref.ref(n, lambda ref: None)
print("%s %s %s %s" % (r2 is r, r2 == r, hash(r) == hash(n), _weakref.getweakrefcount(n)))
print(_weakref.getweakrefs(n)[0] is r)
print(_weakref.ReferenceType is _weakref.ref)
for bad in (1, "s", (), [], {}, None):
    try:
        _weakref.ref(bad)
    except TypeError as e:
        print(e)


class KeyedRef(_weakref.ref):
    __slots__ = ("key",)

    def __new__(cls, ob, callback, key):
        self = _weakref.ref.__new__(cls, ob, callback)
        self.key = key
        return self

    def __init__(self, ob, callback, key):
        super(KeyedRef, self).__init__(ob, callback)


k = KeyedRef(n, None, "the-key")
print("%s %s %s" % (type(k).__name__, k.key, k() is n))
p = _weakref.proxy(n)
n.value = 42
print("%s %s" % (p.value, type(p) is _weakref.ProxyType))
p.other = 7
print(n.other)
try:
    hash(p)
except TypeError:
    print("proxy unhashable")
cp = _weakref.proxy(Node)
print(type(cp) is _weakref.CallableProxyType, isinstance(cp(), Node))
d = {1: r}
_weakref._remove_dead_weakref(d, 1)
print(len(d))

print("%s %s" % (gc.isenabled(), gc.collect()))
gc.disable()
print(gc.isenabled())
gc.enable()
print("%s %s" % (gc.isenabled(), gc.get_threshold()))

print("%d %d %d" % (errno.ENOENT, errno.EEXIST, errno.EAGAIN))
print("%s %s %s" % (errno.errorcode[errno.ENOENT], errno.errorcode[11], errno.errorcode[35]))
print(errno.EWOULDBLOCK == errno.EAGAIN)

lock = thread.allocate_lock()
print("%s %s %s" % (lock.acquire(), lock.locked(), lock.acquire(False)))
lock.release()
with lock:
    print("held %s" % lock.locked())
print(lock.locked())
try:
    lock.release()
except thread.error as e:
    print("error: %s" % e)
print(thread.get_ident() == thread.get_ident())
print(type(lock) is thread.LockType)
