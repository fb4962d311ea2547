# Slicing edges: a range sliced keeps the slice's own stop, slices compare as tuples, a list's slice takes
# only an iterable, a bytearray's extended slice given nothing is deleted; dict views iterate the other
# operand and let its error out; a set growing during a loop is an error; map() calls None like a function.
def t(label, f):
    try:
        r = f()
        print(label, '->', repr(r))
    except Exception as e:
        print(label, '->', type(e).__name__, e)

for s in [slice(1, None, 2), slice(-100, 100, 3), slice(None, None, -1), slice(8, 2, -2), slice(2, 2), slice(3, 100)]:
    print(s, range(10)[s], range(3, 30, 3)[s], list(range(10)[s]) == list(range(10))[s])
t('range str index', lambda: range(3)['a'])
t('range index', lambda: range(3)[5])
t('slice ==', lambda: slice(1, 2) == slice(1, 2))
t('slice !=', lambda: slice(1, 2, None) != slice(1, 2, 3))
t('slice <', lambda: slice(1, 2) < slice(1, 3))
t('slice in list', lambda: slice(0, 1) in [slice(0, 1)])
t('slice hash', lambda: hash(slice(1, 2)))

def assign(target, s, v):
    try:
        target[s] = v
        return target
    except Exception as e:
        return '%s: %s' % (type(e).__name__, e)

print(assign(list(range(5)), slice(1, 3), 5))
print(assign(list(range(5)), slice(1, 3), None))
print(assign(list(range(5)), slice(None, None, 2), 7))
print(assign(list(range(5)), slice(1, 3), iter('xyz')))
print(assign(bytearray(b'abcdef'), slice(None, None, 2), b''))
print(assign(bytearray(b'abcdef'), slice(None, None, -2), []))
print(assign(bytearray(b'abcdef'), slice(None, None, 2), b'x'))
print(assign(bytearray(b'abcdef'), slice(1, 3), 'xy'))
print(assign(bytearray(b'abcdef'), slice(1, 3), 2.5))

k = {'a': 1}.keys()
i = {'a': 1}.items()
class C:
    def __rand__(self, o): return 'rand'
    def __and__(self, o): return 'and'
t('keys & int', lambda: k & 5)
t('int & keys', lambda: 5 & k)
t('keys | int', lambda: k | 5)
t('keys - int', lambda: k - 5)
t('keys ^ int', lambda: k ^ 5)
t('keys & C()', lambda: k & C())
t('C() & keys', lambda: C() & k)
t('items & [[1, 2]]', lambda: i & [[1, 2]])
t('items | [[1, 2]]', lambda: i | [[1, 2]])
t('keys - [[]]', lambda: k - [[]])
t('str | keys', lambda: sorted('ab' | k))

s = {1, 2}
def grow():
    for x in s:
        s.add(x + 10)
t('set grows in loop', grow)
s2 = {1, 2, 3}
def shrink():
    for x in s2:
        s2.discard(x)
t('set shrinks in loop', shrink)
s3 = {1, 2}
def swap():
    seen = []
    for x in s3:
        seen.append(x)
    s3.add(5)
    return seen
t('set changed after loop', swap)
t('map(None)', lambda: list(map(None, [1, 2])))
t('map(None, two)', lambda: list(map(None, [1], [2])))
