import sys
import re
if sys.version_info[:2] == (3, 6):
    # 3.6 warns (FutureWarning) when split() meets a pattern that can match empty: these programs compare results only
    import warnings
    warnings.simplefilter('ignore', FutureWarning)

def show(*a):
    print(' '.join(repr(x) for x in a))

# match / search / fullmatch and groups
m = re.match(r'(a)(b)?c', 'acd')
show(m.groups(), m.groups('-'), m.group(0, 1, 2), m.span(), m.start(1), m.end(2), m.regs)
m = re.search(r'(?P<word>\w+)\s+(?P<num>\d+)', 'xx hello 42 yy')
show(m.group('word'), m.span('num'), sorted(m.groupdict().items()), m.lastindex, m.lastgroup, m.pos, m.endpos, m.string)
show(m.re.pattern, m.re.groups, sorted(m.re.groupindex.items()))
show(re.match('abc', 'abcdef', ) is not None, re.match('bc', 'abc'), re.search('bc', 'abc').span())
p = re.compile(r'\d+')
show(p.search('ab12cd345', 4).group(), p.match('ab12', 2).group(), p.search('12345', 0, 3).group())
show(re.match(r'(a)|(b)', 'b').lastindex, re.match(r'(a)(b)', 'ab').lastindex, re.match(r'((a)b)', 'ab').lastindex)
show(re.match(r'(?:(a)|b)*', 'ab').group(1), re.match(r'(a*)*', 'aaa').groups(), re.match(r'(a|b)*?c', 'abac').groups())
# findall / finditer
show(re.findall(r'\d+', 'a1b22c333'), re.findall(r'(\w)(\d)', 'a1 b2'), re.findall(r'(a)?b', 'b ab'))
show([m.span() for m in re.finditer(r'a+', 'caaab aa')], re.findall('', 'ab'), re.findall('x*', 'axb'))
# sub / subn with templates, backrefs and functions
show(re.sub(r'(\w+)@(\w+)', r'\2 at \1', 'joe@home, ann@work'))
show(re.sub(r'(?P<k>\w+)=(?P<v>\w+)', r'\g<v>:\g<k>', 'a=1 b=2'), re.subn('a', 'b', 'aaa', 2))
show(re.sub(r'\d', lambda m: str(int(m.group()) * 2), 'a1b2c3'), re.sub('x*', '-', 'abxd'), re.sub('', '.', 'ab'))
show(re.sub('a', r'\n', 'bab'), re.sub('(b)', r'[\1]', 'abcb', count=1))
show(re.search(r'(\d+)-(\d+)', 'tel 12-34').expand(r'\2/\1'))
# split
show(re.split(r'(,)\s*', 'a, b,c'), re.split(r'\s+', ' a b  c '), re.split(r'[,;]', 'a,b;c', 1), re.split(r'(x)|y', 'axbyc'))
# lookaround, non-greedy, alternation backtracking, backreferences
show(re.search(r'(?<=a)b', 'ab').span(), re.search(r'a(?!b)', 'abac').span(), re.search(r'(?<!a)b', 'abcb').span())
show(re.match(r'a.*?b', 'aXbXb').group(), re.match(r'a.*b', 'aXbXb').group(), re.match(r'(a+)+b', 'aaab').groups())
show(re.match(r'(a|ab)(c|bcd)(d*)', 'abcd').groups(), re.match(r'(\w+) \1', 'hey hey').group(), re.match(r'(a)?(?(1)b|c)', 'c').group())
show(re.match(r'a{2,3}', 'aaaa').group(), re.match(r'a{2,3}?', 'aaaa').group(), re.match(r'(ab){2}', 'ababab').group(), re.match(r'(?:ab){1,}?c', 'ababc').group())
show(re.search(r'\bfoo\b', 'a foo b').span(), re.search(r'\Bo\B', 'foo boo').span(), re.search(r'x$', 'ax\n').span(), re.search(r'\Aa', 'ba'))
# flags
show(re.match(r'(?i)HeLLo', 'hello') is not None, re.findall(r'^\w', 'ab\ncd', re.M), re.findall(r'^\w', 'ab\ncd'))
show(re.match('a.b', 'a\nb'), re.match('a.b', 'a\nb', re.S).group(), re.match(r'''a b  # comment
    c''', 'abc', re.X).group())
show(re.findall(r'[a-c]+', 'xxabcbayy'), re.findall(r'[^a-c]+', 'xxabcbayy'), re.findall(r'[\d.]+', 'v1.25 or 3'))
show(re.match(r'ABC', 'abc', re.I).group(), re.match(r'(a)\1', 'aA', re.I).group())
# errors come from the parser
for bad in ['(', 'a)', '[a', '*a', r'(?P<1>a)']:
    try:
        re.compile(bad)
    except re.error as e:
        show('error', bad, str(e))
try:
    re.match('a', 'a').group(3)
except IndexError as e:
    show('IndexError', str(e))
try:
    re.match('(?P<n>a)', 'a').group('m')
except IndexError as e:
    show('IndexError', str(e))
sc = re.compile(r'\d').scanner('a1b2')
show(sc.search().group(), sc.search().group(), sc.search())
cases = [
    (r'(a*)+b', 'aaab'), (r'(a*)*b', 'aab'), (r'(a|b)*c', 'ababc'), (r'(?:a|b)*?c', 'abc'),
    (r'^(\w+)\s*=\s*(.*?)\s*$', 'key =  some value  '), (r'(\d{1,3})(?:,(\d{3}))*', '1,234,567'),
    (r'(?P<a>x)(?P<b>y)?(?(b)z|w)', 'xw'), (r'(?P<a>x)(?P<b>y)?(?(b)z|w)', 'xyz'),
    (r'(a)(?=(b))', 'ab'), (r'(?!x)\w+', 'xyz abc'), (r'(?<=\d{2})x', '12x'), (r'(?<!\d)x', '1x x'),
    (r'a|b|c', 'xxc'), (r'(abc|ab|a)(bcd|cd|d)', 'abcd'), (r'(.*)(\d+)', 'abc123'), (r'(.*?)(\d+)', 'abc123'),
    (r'(a+?)(a*)', 'aaa'), (r'(a{2,})(a{0,1}?)', 'aaaa'), (r'((a)|b)+', 'ab'), (r'((a)|b)+', 'ba'),
    (r'(a)|b', 'b'), (r'(?:(a)|(b))+', 'ab'), (r'(x)?(y)?', ''), (r'\b\w', 'ab cd'), (r'\B', 'ab'),
    (r'$', 'a\n'), (r'^$', ''), (r'.', '\n'), (r'[^\n]+', 'ab\ncd'), (r'[\w-]+', 'a-b c'), (r'[]a]+', ']a]'),
    (r'[a\]]+', 'a]'), (r'\s+', ' \t\n\r\x0b\x0c'), (r'\S+', 'ab cd'), (r'\D+', 'ab12'), (r'\W+', 'a, b'),
    (r'(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)\11', 'abcdefghijkk'), (r'(?i)[a-f]+', 'ABCxyz'), (r'(?i)a+', 'AaA'),
    (r'(?m)^a$', 'b\na\nc'), (r'(?s).+', 'a\nb'), (r'x{0}', 'x'), (r'x{3}', 'xxxx'), (r'x{,2}', 'xxx'),
    (r'(ab)*?b', 'abab'), (r'(ab|a)*?b', 'aab'), (r'(?:x|xy)z', 'xyz'), (r'\Aab\Z', 'ab'), (r'\d+\.\d*', 'v3.14!'),
]
for pat, s in cases:
    r = re.compile(pat)
    m = r.search(s)
    print(pat, m and (m.span(), m.groups(), m.lastindex), r.findall(s), [x.span() for x in r.finditer(s)])
    try:
        sp = r.split(s)
    except ValueError as e:
        sp = str(e)
    print('  ', r.sub('<\\g<0>>', s), sp, r.match(s) and r.match(s).span())
# 3.x: fullmatch, Match.__getitem__, repr, bytes patterns, Unicode classes and the ASCII flag
m = re.fullmatch(r'a+', 'aaa')
show(m.group(), m[0], re.fullmatch(r'a+', 'aab'), re.compile('a|ab').fullmatch('ab').group())
print(repr(re.match(r'(\w+)', 'hello world')), repr(re.search('x', 'y')))
show(re.findall(r'\w+', 'héllo wörld 42'), re.findall(r'\w+', 'héllo', re.A), re.findall(r'\d', '1\u0663'), re.findall(r'\s', 'a\u00a0b c'))
show(re.findall(rb'\w+', b'ab cd\xe9'), re.sub(rb'(b)', rb'[\1]', b'abc'), re.split(rb',', b'a,b'))
show(re.match('ÉCOLE', 'école', re.I).group(), re.match(r'[a-z]+', 'ABC', re.I))
for bad in [(r'\w', b'a'), (rb'\w', 'a')]:
    try:
        re.match(*bad)
    except TypeError as e:
        show('TypeError', str(e))
print(repr(re.compile(r'a\d', re.I | re.M)), repr(re.compile('x')))
