# -*- coding: utf-8 -*-
# unicodedata (a C module): names both ways, general category, bidi class, combining class, mirrored,
# decimal/digit/numeric with defaults, the four normalization forms and the errors. Only characters whose
# properties are the same in Unicode 5.2 (2.7), 9.0 (3.6), 13.0 (Java 17) and 14.0 (3.11) are used.
import unicodedata as u


def cps(s):
    return ' '.join(['%04X' % ord(c) for c in s])


def call(f, *args):
    try:
        v = f(*args)
    except (ValueError, TypeError, KeyError) as e:
        return type(e).__name__ + ': ' + str(e)
    if isinstance(v, type(u'')) and f is not u.name:
        return cps(v)
    return str(v)


chars = [u'A', u'z', u'0', u'7', u' ', u'\t', u'\u00e9', u'\u0301', u'\u0345', u'\u05b0', u'\u0e48', u'\u093c', u'(', u')',
         u'\u00bd', u'\u00b2', u'\u2168', u'\u0663', u'\u05d0', u'\u0627', u'\u20ac', u'\u2028', u'\u4e01', u'\uac00', u'\ud7a3',
         u'\u0378', u'\ue000', u'\u00ad', u'-', u'\u01c5', u'\u02b0', u'\u0903', u'\u20dd', u'\u00ab', u'\u00bb', u'_', u'+', u'$']
for c in chars:
    print(' | '.join([cps(c), call(u.name, c, '-'), u.category(c), u.bidirectional(c) or "''", str(u.combining(c)),
                      str(u.mirrored(c)), call(u.decimal, c, None), call(u.digit, c, None), call(u.numeric, c, None)]))

for n in ['LATIN SMALL LETTER A', 'latin capital letter e with acute', 'EURO SIGN', 'HANGUL SYLLABLE GAG',
          'CJK UNIFIED IDEOGRAPH-4E01', 'CJK UNIFIED IDEOGRAPH-0041', 'NOT A NAME', 'HANGUL SYLLABLE XYZ']:
    print(n + ' -> ' + call(u.lookup, n))

for s in [u'e\u0301', u'\u00e9', u'\ufb01', u'\u1e9b\u0323', u'\uac01', u'\u2168', u'a\u0323\u0302', u'\u00bd']:
    print(' / '.join([cps(u.normalize(f, s)) for f in ['NFC', 'NFD', 'NFKC', 'NFKD']]))

print(call(u.name, u'\x00'))
print(call(u.decimal, u'x'))
print(call(u.digit, u'\u00bd'))
print(call(u.numeric, u'A'))
print(call(u.decimal, u'\u00b2'))
print(call(u.normalize, u'NFX', u'a'))
print(call(u.category, u'ab'))
print(call(u.lookup, 'nonsense x'))
print(call(u.category, 5))
print(call(u.name, u'\u0378', 42))
