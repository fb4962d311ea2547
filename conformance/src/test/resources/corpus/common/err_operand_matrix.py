from __future__ import print_function

values = [1, 2.5, 3j, 'ab', b'cd', [1], (2,), {'k': 1}, None, True, set([1]), frozenset([2])]
ops = [
    ('+', lambda a, b: a + b),
    ('-', lambda a, b: a - b),
    ('*', lambda a, b: a * b),
    ('/', lambda a, b: a / b),
    ('//', lambda a, b: a // b),
    ('%', lambda a, b: a % b),
    ('**', lambda a, b: a ** b),
    ('<<', lambda a, b: a << b),
    ('&', lambda a, b: a & b),
    ('|', lambda a, b: a | b),
    ('^', lambda a, b: a ^ b),
]

def tname(v):
    return type(v).__name__

count = 0
for sym, fn in ops:
    for a in values:
        for b in values:
            try:
                r = fn(a, b)
            except Exception as e:
                print(sym, tname(a), tname(b), type(e).__name__, e)
            else:
                count += 1
print('ok results', count)

for a in values:
    for f, name in ((lambda x: -x, 'neg'), (lambda x: +x, 'pos'), (lambda x: ~x, 'inv'), (abs, 'abs')):
        try:
            f(a)
        except TypeError as e:
            print(name, tname(a), e)
