# An exception's repr shows its arguments through their own __repr__; str() uses their __str__


class Token(object):
    def __init__(self, text):
        self.text = text

    def __repr__(self):
        return 'Token(%r)' % self.text

    def __str__(self):
        return self.text


class ParseError(ValueError):
    pass


t = Token('if')
for e in (ValueError(t), ValueError(t, 3), KeyError(t), ParseError(t, 'line 1'), Exception(), StopIteration(t),
          SystemExit(t)):
    print(repr(e))
    print(str(e))
print([ValueError(t)], (KeyError(Token('k')),))
print(hasattr(StopIteration(1), 'value'))
try:
    raise ParseError(t)
except ParseError as e:
    print('caught %r / %s' % (e, e))
