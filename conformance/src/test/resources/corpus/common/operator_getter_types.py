# itemgetter, attrgetter and methodcaller are C types in every version (2.7's operator, 3.x's _operator over
# operator.py's classes): their argument errors are the C ones, 3.x checks names when made, shows its
# arguments in the repr and pickles by them; none has an instance dict. countOf/indexOf iterate as
# PySequence_Count does ("argument of type 'int' is not iterable").
from __future__ import print_function
import operator
import pickle
import copy


def attempt(f):
    try:
        print('ok', f())
    except (TypeError, AttributeError, ValueError, IndexError) as e:
        print(type(e).__name__, e)


ig, ag, mc = operator.itemgetter, operator.attrgetter, operator.methodcaller
attempt(lambda: ig())
attempt(lambda: ag())
attempt(lambda: mc())
attempt(lambda: ig(1, k=2))
attempt(lambda: ag('a', k=2))
attempt(lambda: mc(name='a'))
attempt(lambda: ig(1)())
attempt(lambda: ig(1)(1, 2))
attempt(lambda: ig(1)([1, 2], k=1))
attempt(lambda: ag('real')())
attempt(lambda: mc('upper')('a', 'b'))
attempt(lambda: mc('upper')('a', k=1))
attempt(lambda: mc(1)('a'))
attempt(lambda: ag('a', 1)(3))
attempt(lambda: ig(5)('ab'))
print(ig(1)('ab'), ig(0, 1)('ab'), ag('real', 'imag')(3), ag('__class__.__name__')(3))
print(mc('split', ',')('a,b'), mc('replace', 'a', 'b')('aa'), sorted(['bb', 'a'], key=mc('__len__')))
attempt(lambda: ag('nope')(3))
attempt(lambda: ag('a.b.')(3))


def set_attr():
    ig(1).x = 1


attempt(set_attr)
attempt(lambda: ig(1).x)
print(type(ig(1)).__name__, type(ag('a')).__module__, ig(1) == ig(1))
if hasattr(ig(1), '__reduce__') and repr(ig(1)).startswith('operator'):
    print(repr(ig(1)), repr(ig(1, 'a')), repr(ag('a', 'b.c')), repr(mc('f')), repr(mc('f', 1, k=2)))
    print(ig(1).__reduce__(), ag('a', 'b.c').__reduce__(), mc('f', 1).__reduce__())
    print(copy.copy(ig(1))('ab'), pickle.loads(pickle.dumps(ag('real')))(5))
    print(pickle.loads(pickle.dumps(mc('split', sep=',')))('a,b'), pickle.loads(pickle.dumps(mc('upper')))('x'))
attempt(lambda: operator.countOf(1, 1))
attempt(lambda: operator.indexOf(1, 1))
attempt(lambda: operator.indexOf([1], 2))
attempt(lambda: operator.countOf([1, 2, 1], 1))
attempt(lambda: operator.indexOf('abc', 'c'))
attempt(lambda: operator.countOf([1]))
