# re: compiling, matching, searching, substituting, splitting.
from __future__ import print_function
import re

m = re.match(r'(\w+) (\w+)', 'Isaac Newton, physicist')
print(m.group(0), m.group(1, 2), m.groups(), m.span(2), m.start(), m.end())
print(re.search(r'\d+', 'abc 123 def 45').group(), re.findall(r'\d+', 'a1b22c333'))
print([mm.span() for mm in re.finditer(r'[aeiou]', 'education')])
print(re.sub(r'(\w+)@(\w+)\.com', r'\2 at \1', 'joe@example.com, ann@site.com'))
print(re.sub(r'\d', lambda mo: str(int(mo.group()) * 2), 'a1b2c9'), re.subn('a', 'A', 'banana'))
print(re.split(r'[,;]\s*', 'a, b;c,  d'), re.split(r'(-)', 'x-y-z'), re.split(r'\s+', ' lead'))
p = re.compile(r'(?P<key>[a-z]+)=(?P<val>\d+)', re.I)
print([mm.groupdict() for mm in p.finditer('A=1 bb=22 Cc=333')])
print(p.pattern, p.groups, sorted(p.groupindex.items()))
print(re.match(r'^\s*$', '   ') is not None, re.fullmatch(r'a+', 'aaa') is not None if hasattr(re, 'fullmatch') else True)
print(re.findall(r'(a)(b)?', 'ab a'), re.findall(r'x*', 'axxb'))
print(re.escape('a.b') in ('a\\.b',), re.match(r'a.c', 'a\nc', re.S).group() == 'a\nc')
print(re.findall(r'^\w', 'one\ntwo\nthree', re.M), re.search(r'(?<=-)\w+', 'spam-egg').group())
print(re.match(r'(\d+)(?:px|em)', '12em').groups(), re.sub(r'(?i)HELLO', 'bye', 'hello Hello'))
print(re.match(r'(a|b)*?c', 'ababc').group(), re.match(r'(?P<q>[\'"]).*?(?P=q)', '"hi" there').group())
try:
    re.compile('(unclosed')
except re.error as e:
    print('re.error')
