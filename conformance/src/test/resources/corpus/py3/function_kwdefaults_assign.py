# 3.x keyword-only defaults can be replaced too

def h(a, *, key='k', other=1):
    return (a, key, other)

print(h.__kwdefaults__ == {'key': 'k', 'other': 1}, h(0))
h.__kwdefaults__ = {'key': 'new', 'other': 2}
print(h(0))
h.__kwdefaults__ = None
try:
    h(0)
except TypeError as e:
    print('TypeError', e)
try:
    h.__kwdefaults__ = 3
except TypeError as e:
    print('TypeError', e)
