# string: constants, Template, Formatter, capwords.
from __future__ import print_function
import string

print(string.ascii_letters, string.digits, string.hexdigits, string.octdigits)
print(repr(string.punctuation), repr(string.whitespace))
print(string.capwords('hello   wide world'), string.capwords('a-b c-d', '-'))
t = string.Template('$who likes ${what}; $$5')
print(t.substitute(who='tim', what='kung pao'))
print(t.safe_substitute(who='tim'))
print(t.substitute({'who': 'ann', 'what': 'tea'}))
try:
    t.substitute(who='x')
except KeyError as e:
    print('KeyError', e)
try:
    string.Template('$').substitute()
except ValueError as e:
    print('ValueError', e)
f = string.Formatter()
print(f.format('{0} + {1} = {2}', 1, 2, 3))
print(f.format('{name:>8}|{0:^5}|{x:.3f}', 'mid', name='right', x=3.14159))
print(list(f.parse('a{0}b{x!r:>4}c')))
class Upper(string.Formatter):
    def format_field(self, value, spec):
        return string.Formatter.format_field(self, value, spec).upper()
print(Upper().format('{0} and {1}', 'abc', 'xyz'))
