# 2.7 programs import cPickle, and urllib (which imports socket, so _socket): both import, and
# cPickle's pickles load back.
import cPickle
import pickle
import socket
import urllib
import urlparse

data = {'a': [1, 2.5, None], 'b': (3, u'x', 'y'), 'c': set([1])}
for proto in range(3):
    s = cPickle.dumps(data, proto)
    print proto, cPickle.loads(s) == data, pickle.loads(s) == data
print cPickle.HIGHEST_PROTOCOL, issubclass(cPickle.BadPickleGet, cPickle.UnpicklingError), cPickle.PicklingError.__name__
print urllib.quote('a b/c&d'), urllib.quote_plus('a b'), urllib.unquote('a%20b'), urllib.urlencode([('q', 'x y'), ('n', 1)])
print urlparse.urljoin('http://h/a/b', '../c'), urlparse.urlsplit('http://u@h:8/p?q#f').port
print socket.error.__mro__[1].__name__, issubclass(socket.timeout, socket.error), socket.AF_INET, socket.SOCK_STREAM
print socket.htons(1), socket.ntohl(1)
a, b = socket.socketpair()
a.sendall('ping')
print repr(b.recv(10))
a.close()
print repr(b.recv(10))
b.close()
