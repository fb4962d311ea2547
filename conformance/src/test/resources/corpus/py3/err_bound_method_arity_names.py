# A method called through a bound method object or through its descriptor: 3.10+ names it by the
# bound method's qualified name, its object's type, or by the type that defines it.
class S(str): pass
class L(list): pass
class D(dict): pass
for obj, name, args, kw in ((S('x'), 'upper', (1,), {}), (L(), 'append', (), {}), (D(), 'keys', (1,), {}), (L(), 'append', (1,), {'x': 1}), (S('a'), 'center', (), {}), (L(), 'pop', (1, 2), {})):
    for route in ('bound', 'direct'):
        try:
            if route == 'bound':
                m = getattr(obj, name)
                m(*args, **kw)
            else:
                getattr(type(obj).__mro__[1], name)(obj, *args, **kw)
        except TypeError as e:
            print(route, name, e)
s = S('x')
try:
    s.upper(1)
except TypeError as e:
    print('method call', e)
try:
    L().append()
except TypeError as e:
    print('method call', e)
