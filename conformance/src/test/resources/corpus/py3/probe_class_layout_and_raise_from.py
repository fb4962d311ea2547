# Class creation refuses bases whose instances are laid out differently (type_new's best_base); raise ... from
# takes only exceptions as causes; bin/hex/oct refuse an __index__ that returns no int.

def t(label, f):
    try:
        r = f()
        print(label, '->', r if isinstance(r, str) else getattr(r, '__name__', repr(r)))
    except Exception as e:
        print(label, '->', type(e).__name__, e)

class Slotted:
    __slots__ = ('x',)
class OtherSlotted:
    __slots__ = ('y',)
class Plain:
    pass
class Mixin(object):
    def hello(self):
        return 'hi'

t('int, str', lambda: type('C', (int, str), {}))
t('list, dict', lambda: type('C', (list, dict), {}))
t('Slotted, int', lambda: type('C', (Slotted, int), {}))
t('Slotted, OtherSlotted', lambda: type('C', (Slotted, OtherSlotted), {}))
t('Slotted, Plain', lambda: type('C', (Slotted, Plain), {}))
t('dict, Mixin', lambda: type('C', (dict, Mixin), {}))
t('int, Mixin', lambda: type('C', (Mixin, int), {}))
t('bool, int', lambda: type('C', (bool,), {}))
t('ValueError, KeyError', lambda: type('C', (ValueError, KeyError), {}))
t('OSError, Mixin', lambda: type('C', (OSError, Mixin), {}))
t('str subclass, Mixin', lambda: type('C', (type('S', (str,), {}), Mixin), {})('abc').hello())
try:
    class Bad(tuple, set):
        pass
except TypeError as e:
    print('class statement ->', e)

def raise_from(cause):
    try:
        raise ValueError('v') from cause
    except Exception as e:
        return '%s %s cause=%r' % (type(e).__name__, e, e.__cause__)

t('from 5', lambda: raise_from(5))
t('from "x"', lambda: raise_from('x'))
t('from None', lambda: raise_from(None))
t('from KeyError', lambda: raise_from(KeyError))
t('from KeyError()', lambda: raise_from(KeyError('k')))
t('from int', lambda: raise_from(int))

class BadIndex:
    def __index__(self):
        return 'x'
class GoodIndex:
    def __index__(self):
        return 10
for fn in (bin, hex, oct):
    t(fn.__name__ + ' bad', lambda: fn(BadIndex()))
    t(fn.__name__ + ' good', lambda: fn(GoodIndex()))
