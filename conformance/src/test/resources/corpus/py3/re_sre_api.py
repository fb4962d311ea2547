import sys
import re
if sys.version_info[:2] == (3, 6):
    # 3.6 warns (FutureWarning) when split() meets a pattern that can match empty: these programs compare results only
    import warnings
    warnings.simplefilter('ignore', FutureWarning)

def show(*a):
    print(' '.join(repr(x) for x in a))

# what re.Scanner does: scanner().match over alternatives, lastindex naming the one that matched
sm = re.compile(r'(\d+)|([a-z]+)|(\s+)').scanner('abc 12 de 7!').match
toks = []
while True:
    m = sm()
    if not m:
        break
    toks.append((m.lastindex, m.group()))
show(toks)
# match attributes and odd arguments
m = re.compile(r'(?P<a>x)(y)?(?P<c>z)?').match('--xz--', 2, 5)
show(m.pos, m.endpos, m.span(2), m.start('c'), m.end('c'), m.group(True), m.lastgroup, m.lastindex, m.string)
show(m.groupdict('-') == {'a': 'x', 'c': 'z'}, m.groups(0), m.expand(r'[\g<a>|\g<c>|\1]'))
p = re.compile('a')
show(p.match('ba', -5), p.search('ba', 1, 99).span(), p.search('ba', 2, 1), p.match('aaa', 1, 2).span())
show(re.compile(r'(a)(b)').match('ab').lastgroup, re.compile(r'(?P<x>a)(?P<y>b)').match('ab').lastgroup)
show(re.match(r'(a)|b', 'b').span(1), re.match(r'(a)|b', 'b').group(1), re.match(r'(a)|b', 'b').start(1))
show(re.sub('a', lambda m: None, 'banana'), re.sub('(n)', r'<\1>', 'banana', 2), re.subn('x', 'y', 'abc'))
show(re.split('(a)(x)?', 'bab'), re.split(r'\W+', 'a, b; c', maxsplit=1), re.split('x', ''))
show(re.findall(r'(a)(x)?', 'aa'), re.findall(r'', ''), len(re.findall('.', 'abc' * 100)))
show(p.pattern, p.flags & 0xff, p.groups, re.compile(r'(?P<q>.)').groupindex['q'])
show(re.compile('a') == re.compile('a'), re.compile('a') is re.compile('a'))
for obj in (p, m):
    try:
        show(obj.__copy__() is obj, obj.__deepcopy__({}) is obj)
    except TypeError as e:
        show('TypeError', str(e))
for args in [('a', 1), ('(', 'a')]:
    try:
        re.match(*args)
    except (TypeError, re.error) as e:
        show(type(e).__name__)
try:
    m.group(5)
except IndexError as e:
    show(str(e))
try:
    m.group('nope')
except IndexError as e:
    show(str(e))
class S(str):
    pass
show(re.match('a', S('ab')).group(), type(re.match('a', S('ab')).group()).__name__, type(re.match('a', S('ab')).string).__name__)
show(re.sub('b', 'c', S('abc')), type(re.sub('b', 'c', S('abc'))).__name__)
a = re.compile('ab+')
re.purge()
b = re.compile('ab+')
print(a is b, a == b, a != b, hash(a) == hash(b), len({a, b}), a == re.compile('ab+', re.I), a == 'ab+')
print(re.compile(b'x') == re.compile('x'))
show(re.match(rb'a+', bytearray(b'aab')).group(), re.match('a', 'a')[0], re.fullmatch('a|ab', 'ab').span())
try:
    re.sub('a', b'x', 'a')
except TypeError as e:
    show('TypeError', str(e))
show(re.sub('(a)', lambda m: m[1].upper(), 'banana'))
# re.Scanner itself (2.7's needs function.__call__, which pyvm's 2.7 functions lack yet)
# re.Scanner drives pattern.scanner().match and lastindex
def num(s, t):
    return ('num', t)
def word(s, t):
    return ('word', t)
sc = re.Scanner([(r'\d+', num), (r'[a-z]+', word), (r'\s+', None)])
show(sc.scan('abc 12 de 7!'))
