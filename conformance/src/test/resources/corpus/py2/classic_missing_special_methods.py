# 2.7: an old-style instance without a special method is asked for it as an attribute, so the error is the
# instance's AttributeError (or whatever its __getattr__ raises), not the operation's TypeError
class E:
    pass


class G:
    def __getattr__(self, name):
        if name.startswith('__') and name not in ('__coerce__', '__int__', '__long__'):
            raise KeyError(name)
        raise AttributeError(name)


class H:
    def __neg__(self):
        return 'neg'

    def __float__(self):
        return 2.5

    def __abs__(self):
        return 'abs'


ops = [('neg', lambda x: -x), ('pos', lambda x: +x), ('invert', lambda x: ~x), ('abs', abs), ('int', int),
       ('long', long), ('float', float), ('hex', hex), ('oct', oct)]
for obj in (E(), G(), H()):
    for name, f in ops:
        try:
            print name, repr(f(obj))
        except Exception as e:
            print name, type(e).__name__, e
