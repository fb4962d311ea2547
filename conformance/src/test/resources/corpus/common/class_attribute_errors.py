# Setting and deleting attributes that are missing or read-only: instances, slots, classes, builtin types


class Temp(object):
    unit = 'C'

    def __init__(self, c):
        self.c = c

    @property
    def f(self):
        return self.c * 9 // 5 + 32


class Slotted(object):
    __slots__ = ('a',)


def attempt(label, action):
    try:
        action()
        print(label, 'ok')
    except (AttributeError, TypeError) as e:
        print(label, type(e).__name__ + ':', e)


t = Temp(100)
attempt('get missing', lambda: getattr(t, 'missing'))
attempt('del missing', lambda: delattr(t, 'missing'))
attempt('set property', lambda: setattr(t, 'f', 1))
attempt('del property', lambda: delattr(t, 'f'))
attempt('getattr int name', lambda: getattr(t, 1))
attempt('unset slot', lambda: Slotted().a)
attempt('new attribute on slots', lambda: setattr(Slotted(), 'b', 1))
attempt('del unset slot', lambda: delattr(Slotted(), 'a'))
attempt('object attribute', lambda: setattr(object(), 'x', 1))
attempt('int data', lambda: setattr(1, 'real', 2))
attempt('list method', lambda: setattr([], 'append', 1))
attempt('set on int type', lambda: setattr(int, 'x', 1))
attempt('del on str type', lambda: delattr(str, 'upper'))
attempt('del class missing', lambda: delattr(Temp, 'nothing'))
attempt('del class attribute', lambda: delattr(Temp, 'unit'))
attempt('del class attribute again', lambda: delattr(Temp, 'unit'))
print(hasattr(Temp, 'unit'), getattr(t, 'missing', 'default'), t.f)
