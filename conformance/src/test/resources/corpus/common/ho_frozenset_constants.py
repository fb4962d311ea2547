from __future__ import print_function
# Frozensets built from constants (`in {...}` becomes a frozenset
# constant in 3.x) and printed directly.
def classify(c):
    if c in {'a', 'e', 'i', 'o', 'u'}:
        return 'vowel'
    if c in {'y', 'w'}:
        return 'semi'
    return 'consonant'

print([classify(c) for c in 'python way'])
fs = frozenset(['north', 'south', 'east', 'west'])
print(fs)
print(list(fs))
fs2 = frozenset([1, 2, 3, 100, -4, 2 ** 33])
print(fs2)
print(list(frozenset('mississippi')))
print(list(frozenset('abracadabra') | frozenset('alakazam')))
print(frozenset([frozenset([1, 2]), frozenset([3])]) == frozenset([frozenset([3]), frozenset([2, 1])]))
print(list(frozenset([(1, 'a'), (2, 'b'), (0, 'z')])))
print(list(frozenset([u'\xe9t\xe9', u'hiver', u'printemps', u'automne'])) == list(frozenset([u'\xe9t\xe9', u'hiver', u'printemps', u'automne'])))
print(len(frozenset([u'\xe9t\xe9', u'hiver', u'printemps', u'automne'])))
x = 'e'
print(x in {'a', 'e'}, x not in {'b', 'c'})
