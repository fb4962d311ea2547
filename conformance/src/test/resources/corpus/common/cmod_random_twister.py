import _random
r = _random.Random(5)
print(repr(r.getrandbits(3)), repr(r.getrandbits(40)))
s = r.getstate()
print(type(s), len(s), repr(s[0]), repr(s[-1]))
try: r.getrandbits(0)
except Exception as e: print(type(e).__name__, e)
try: r.setstate([1])
except Exception as e: print(type(e).__name__, e)
try: r.setstate((1,2))
except Exception as e: print(type(e).__name__, e)
try: r.setstate(s[:-1] + (700,))
except Exception as e: print(type(e).__name__, e)
try: r.seed(1, 2)
except Exception as e: print(type(e).__name__, e)
try: _random.Random(1, 2)
except Exception as e: print(type(e).__name__, e)
print(r.seed(-17), r.random())
print(r.seed("abc") , r.random())
print(r.seed(2**100), r.random())
for seed in (0, 1, 42, 5489, 2**32, 2**64 + 7, -3, 123456789012345678901234567890, True):
    r = _random.Random(seed)
    print(seed, [r.random() for _ in range(3)], r.getrandbits(1), r.getrandbits(32), r.getrandbits(33), r.getrandbits(100))
r = _random.Random()
r.seed(99)
st = r.getstate()
a = [r.random() for _ in range(700)]
r.setstate(st)
b = [r.random() for _ in range(700)]
print(a == b, a[-1], r.getstate()[-1])
class R(_random.Random):
    def __init__(self, x):
        self.tag = 'sub'
        self.seed(x * 2)
s = R(21)
print(s.tag, s.random() == _random.Random(42).random(), isinstance(s, _random.Random))
try:
    r.random(1)
except TypeError as e:
    print('TypeError', e)
