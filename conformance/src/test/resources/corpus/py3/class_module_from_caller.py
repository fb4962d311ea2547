# type(name, bases, dict) without __module__ takes the __name__ of the code calling it (CPython's type_new
# reads the running code's globals): types.new_class makes classes of module types.
import types
X = types.new_class('X')
print(X, X.__module__)
Y = types.new_class('Y', (dict,), exec_body=lambda ns: ns.update({'__module__': 'mine'}))
print(Y, Y.__module__)
Z = type('Z', (), {})
print(Z.__module__)
