# 2.7's itemgetter, attrgetter and methodcaller are types of the operator module, made with their
# keys and called with one object, with their own argument errors.
import operator as o
def t(f, *a):
    try: print repr(f(*a))[:28]
    except Exception as e: print type(e).__name__, e
t(o.itemgetter); t(o.attrgetter); t(o.methodcaller); t(o.attrgetter, 1); t(o.methodcaller, 1)
g = o.itemgetter(1); t(g); t(g, [1,2], 3); t(g, 5)
print type(g), type(g).__name__, o.itemgetter.__module__, isinstance(g, o.itemgetter)
a = o.attrgetter('x'); t(a, 1)
m = o.methodcaller('upper'); t(m, 1); print type(m), m('ab')
print o.methodcaller('split', ',', 1)('a,b,c'), o.methodcaller('replace', 'a', new='b') if False else ''
print sorted([(1, 'b'), (0, 'c')], key=o.itemgetter(1)), o.itemgetter(0, 2)('abc'), o.attrgetter('real', 'imag')(3+4j)
class P(object):
    def __init__(self): self.q = self; self.v = 7
print o.attrgetter('q.q.v')(P()), map(o.itemgetter(0), [[1], [2]])
t(o.attrgetter(5), P())
