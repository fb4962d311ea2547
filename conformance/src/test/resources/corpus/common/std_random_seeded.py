import random
for seed in (0, 1, 42, 2**40 + 3, 12345678901234567890):
    random.seed(seed)
    print(seed, random.random(), random.randint(1, 100), random.randrange(0, 1000, 7), random.choice('abcdefg'))
    xs = list(range(10))
    random.shuffle(xs)
    print(xs, random.sample(range(100), 5), random.uniform(-1, 1))
    print(round(random.gauss(0, 1), 12), round(random.normalvariate(5, 2), 12), round(random.expovariate(2), 12))
    print(random.getrandbits(70), round(random.triangular(0, 10, 3), 12), round(random.betavariate(2, 3), 12))
r = random.Random(7)
state = r.getstate()
a = [r.random() for _ in range(5)]
r.setstate(state)
print(a == [r.random() for _ in range(5)], state[0], len(state[1]))
random.seed('pyvm')
print(random.random())
