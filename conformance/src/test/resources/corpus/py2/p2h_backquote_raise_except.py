# 2.7: backquotes, `raise E, v`, `except E, e`, string exceptions' args.
x = [1, 'two', 3.0, None, u'f\xfcr']
print `x`
print `1 + 2`, `'q'`, `(1,)`, `10L`
try:
    raise ValueError, 'bad value'
except ValueError, e:
    print 'caught', e, repr(e), e.args
try:
    raise KeyError, ('k', 1)
except (KeyError, IndexError), e:
    print 'caught', repr(e), e.args
try:
    raise TypeError('t'), None
except TypeError, e:
    print repr(e)
try:
    try:
        1 / 0
    except ZeroDivisionError, e:
        raise RuntimeError, 'wrapped %s' % e
except RuntimeError, e:
    print e.message, e.args
class MyErr(Exception):
    pass
try:
    raise MyErr, (1, 2)
except MyErr, e:
    print repr(e), e.args, str(e)
try:
    raise IndexError
except IndexError, e:
    print repr(e), repr(str(e))
