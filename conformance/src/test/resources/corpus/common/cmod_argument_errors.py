import _collections, _md5, _random, _struct
for f in (lambda: _collections.deque().append(), lambda: _collections.deque().pop(1), lambda: _collections.deque().rotate(1,2), lambda: getattr(_md5, "md5", getattr(_md5, "new", None))().update(), lambda: getattr(_md5, "md5", getattr(_md5, "new", None))().digest(1),
          lambda: _random.Random().random(1), lambda: _random.Random().getrandbits(), lambda: _struct.Struct('i').unpack(), lambda: _struct.unpack('i')) + ((lambda: _collections.deque().index(), lambda: _collections.deque().insert(1)) if hasattr(_collections.deque, 'index') else ()):
    try: f()
    except TypeError as e: print(e)
