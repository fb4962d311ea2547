# random with a fixed seed: the generator's values and the helpers built on it.
from __future__ import print_function
import random

random.seed(12345)
print([round(random.random(), 12) for _ in range(5)])
print([random.randint(1, 100) for _ in range(10)])
print([random.randrange(0, 1000, 7) for _ in range(5)])
items = list(range(20))
random.shuffle(items)
print(items)
print(random.choice('abcdefghij'), random.sample(range(100), 5))
print(round(random.uniform(1, 2), 12), round(random.gauss(0, 1), 12), round(random.expovariate(1.5), 12))
print(random.getrandbits(64))
state = random.getstate()
first = [random.random() for _ in range(3)]
random.setstate(state)
print(first == [random.random() for _ in range(3)])
r = random.Random(42)
print([r.randint(0, 9) for _ in range(15)], round(r.triangular(0, 10, 3), 12))
r.seed(7)
print(round(r.random(), 12), round(r.betavariate(2, 3), 12), round(r.normalvariate(10, 2), 12))
