# -*- coding: utf-8 -*-
# 2.7: format() hands __format__ the spec as given; numbers format into byte strings whatever the spec's type
class A(object):
    def __format__(self, spec):
        return type(spec).__name__ + ':' + spec

class B(object):
    def __format__(self, spec):
        return 'caf\xc3\xa9'

print repr(format(A(), 'x')), repr(format(A(), u'x')), repr('{0:y}'.format(A())), repr(u'{0:y}'.format(A())), repr(format(A()))
print repr(format(B(), 'x'))
print repr(format(200, 'c')), repr('{:c}'.format(200)), repr((65).__format__('c')), repr(format(65, u'c')), repr(u'{:c}'.format(90))
print repr(format(u'ab', '>4')), repr(format('ab', u'>4')), repr(format(1.5, u'>5')), repr(format(1, u'')), repr(format(2**70, u',')), repr(format(1j, u'^8'))
print repr(u'%c' % 200), repr('%c' % 200), repr(format(255L, 'c')), repr(format(True, 'c'))
tests = [
    lambda: format(300, 'c'),
    lambda: '{:c}'.format(256),
    lambda: (256).__format__('c'),
    lambda: format(2**40, 'c'),
    lambda: format(2**70, 'c'),
    lambda: format(-1, u'c'),
    lambda: (300L).__format__('c'),
    lambda: format(200, u'c'),
    lambda: u'{:c}'.format(200),
    lambda: u'{:>4c}'.format(200),
    lambda: format(5, u'\xe9>3'),
    lambda: format(2.5, u'\u2603^9'),
    lambda: format(B(), u''),
    lambda: format(1, 5),
]
for t in tests:
    try:
        print repr(t())
    except Exception as e:
        print type(e).__name__, e
