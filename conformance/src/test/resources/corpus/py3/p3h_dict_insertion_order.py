# Dict insertion order preserved across deletion and re-insertion.
d = {}
for k in ['zeta', 'alpha', 'mu', 'beta', 'omega', 'gamma']:
    d[k] = len(k)
print(d)
del d['alpha']
d['alpha'] = 99
print(list(d))
d['mu'] = 'updated'
print(d)
d.pop('zeta')
d['zeta'] = 0
d['new'] = 1
print(list(d.items()))
print(d.popitem(), list(d))
e = {i: i for i in range(10, -10, -3)}
print(e)
for k in list(e):
    if k % 2 == 0:
        del e[k]
e[4] = 'four'
print(e)
f = dict(b=1, a=2)
f.update(c=3, a=4)
print(f, list(f.keys()), list(f.values()))
g = {}
for i in range(100):
    g[str(i)] = i
for i in range(0, 100, 2):
    del g[str(i)]
g['0'] = 0
print(list(g)[:10], list(g)[-3:], len(g))
print({**{'x': 1, 'y': 2}, 'x': 3, 'a': 0})
