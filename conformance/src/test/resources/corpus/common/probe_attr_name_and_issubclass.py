# setattr and delattr leave a bad name to PyObject_SetAttr ("attribute name must be string, not 'int'" in
# every version), getattr and hasattr say it themselves before 3.10; issubclass checks its second argument.
class A(object):
    pass

def t(label, f):
    try:
        r = f()
        print(label, '->', repr(r))
    except Exception as e:
        print(label, '->', type(e).__name__, e)

t('setattr', lambda: setattr(A(), 5, 1))
t('delattr', lambda: delattr(A(), 5))
t('getattr', lambda: getattr(A(), 5))
t('hasattr', lambda: hasattr(A(), 5))
t('issubclass(int, 3)', lambda: issubclass(int, 3))
t('issubclass(int, (int, 3))', lambda: issubclass(int, (int, 3)))
t('issubclass(int, (str, 3))', lambda: issubclass(int, (str, 3)))
t('issubclass(3, 3)', lambda: issubclass(3, 3))
t('issubclass(bool, (str, int))', lambda: issubclass(bool, (str, int)))
t('issubclass(A, A())', lambda: issubclass(A, A()))
