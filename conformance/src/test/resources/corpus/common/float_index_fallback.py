# float() and math's functions take an object with only __index__ from 3.8; __float__ must return a float
import math


class OnlyIndex(object):
    def __index__(self):
        return 7


class BadFloat(object):
    def __float__(self):
        return 3


class GoodFloat(object):
    def __float__(self):
        return 2.5

    def __index__(self):
        return 9


for label, obj in [('index', OnlyIndex()), ('bad', BadFloat()), ('good', GoodFloat())]:
    for name, f in [('float', float), ('sqrt', math.sqrt), ('floor', math.floor), ('isfinite', getattr(math, 'isfinite', math.isinf))]:
        try:
            print(label, name, f(obj))
        except Exception as e:
            print(label, name, type(e).__name__, e)
print(float(True), math.sqrt(True), float(2 ** 60))
