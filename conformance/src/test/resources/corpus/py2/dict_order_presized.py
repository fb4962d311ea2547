# 2.7 dicts iterate in hash-table order, which depends on how the table grew: a display of more than five
# entries is made at its full size (BUILD_MAP's count), a copy, dict(d) and update() make room for all keys first
# and insert them in the source's slot order, dict.fromkeys of a dict or set sizes the table once.
print {1: 0, 17: 0, 2: 0, 3: 0, 4: 0, 5: 0, 6: 0, 7: 0}
print {'host': 'h', 'port': 1, 'debug': 0, 'user': 'u', 'password': 'p', 'timeout': 3, 'retries': 3, 'logfile': 'l'}
print {1: 0, 2: 0, 3: 0, 4: 0, 5: 0, 6: 0, 7: 0, 8: 0, 9: 0, 10: 0, 33: 0}
src = {}
for k in [16, 1, 2, 3, 4, 5]: src[k] = 0
print src
print src.copy()
print dict(src)
d = {}; d.update(src); print d
print dict.fromkeys(set([16, 1, 2, 3, 4, 5]))
print dict.fromkeys(src)
d = {'h': 0, 'e': 1, 'l': 3, 'o': 4}; del d['h']; del d['e']; d.update({'q': 1, 'r': 2}); print d
def f(**kw):
    return kw
print f(a=1, b=2, c=3, d=4, e=5, f=6, g=7, h=8, i=9)
big = dict((i * 8, i) for i in range(20))
print big.copy() == big, big.copy().keys() == big.keys(), big.copy().keys()[:5]
