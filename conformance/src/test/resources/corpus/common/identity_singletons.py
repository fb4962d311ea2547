# CPython's shared objects, seen through `is`: the empty tuple, string and bytes, one-character strings from
# indexing, whole slices and repeats of immutable sequences, concatenation with an empty string
E = ()
ES = ''
EB = b''
A = 'a'
t = (1, 2)
s = 'word'
b = b'xy'
print(tuple([]) is E, tuple() is E, t[2:] is E, E + E is E, tuple(t) is t)
print(''.join([]) is ES, str() is ES, s[0:0] is ES, s[3:1] is ES, ES * 5 is ES)
print(b''.join([]) is EB, b[1:1] is EB, EB * 3 is EB)
abc = 'abc'
xa = 'xa'
print(abc[0] is A, xa[-1] is A, A * 1 is A, chr(97) is A, abc[0] is chr(97), abc[0] is xa[1])
print(t[:] is t, t[0:2] is t, t[::1] is t, t[::-1] is t, list(t) is t, t * 1 is t)
print(s[:] is s, s[::1] is s, s[0:100] is s, s[1:] is s, str(s) is s, s * 1 is s, s + ES is s, ES + s is s)
print(b[:] is b, b * 1 is b, b + EB is b, EB + b is b)
big = 'x' * 600
print(big[:] is big, big + ES is big, (big + 'y')[:-1] is big)


class T(tuple):
    pass


class S(str):
    pass


st = T((1, 2))
ss = S('word')
print(st[:] is st, type(st[:]).__name__, ss[:] is ss, type(ss[:]).__name__, tuple(st) is st, str(ss) is ss, ss * 1 is ss)
print(frozenset(frozenset([1])) is not None, len(frozenset()), t + () == t)
