# int.__pow__ and __rpow__ wrap a ternary slot: an optional modulus, NotImplemented unless all three are ints;
# float's refuses any modulus.
def t(label, f):
    try:
        print(label, '->', repr(f()))
    except Exception as e:
        print(label, '->', type(e).__name__, e)

t('int.__pow__(2, 3, 5)', lambda: int.__pow__(2, 3, 5))
t('(2).__pow__(10, 1000)', lambda: (2).__pow__(10, 1000))
t('(2).__pow__(3, None)', lambda: (2).__pow__(3, None))
t('(3).__pow__(-1, 7)', lambda: (3).__pow__(-1, 7))
t('(2).__pow__(3, 0)', lambda: (2).__pow__(3, 0))
t('(2).__pow__(3, 5.0)', lambda: (2).__pow__(3, 5.0))
t('(2).__pow__(3.0, 5)', lambda: (2).__pow__(3.0, 5))
t('(2).__rpow__(3, 5)', lambda: (2).__rpow__(3, 5))
t('(2).__rpow__(3)', lambda: (2).__rpow__(3))
t('True.__pow__(True, 2)', lambda: True.__pow__(True, 2))
t('(2.0).__pow__(3, 5)', lambda: (2.0).__pow__(3, 5))
t('(2.0).__pow__(3, None)', lambda: (2.0).__pow__(3, None))
t('(2.0).__pow__("x", 5)', lambda: (2.0).__pow__('x', 5))
t('(2).__pow__()', lambda: (2).__pow__())
class Big(int):
    pass
t('Big(4).__pow__(2, 10)', lambda: Big(4).__pow__(2, 10))
t('pow(Big(4), 2, 10)', lambda: pow(Big(4), 2, 10))
