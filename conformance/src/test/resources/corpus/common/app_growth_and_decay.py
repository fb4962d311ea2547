from __future__ import print_function, division
import math


class Model(object):
    """A quantity that changes continuously: value(t) = start * exp(rate * t)."""

    def __init__(self, name, start, rate):
        if start <= 0:
            raise ValueError('%s: start must be positive, not %r' % (name, start))
        self.name, self.start, self.rate = name, start, rate

    def value(self, t):
        return self.start * math.exp(self.rate * t)

    def time_to(self, target):
        ratio = target / self.start
        if (ratio > 1) != (self.rate > 0):
            raise ArithmeticError('%s never reaches %r' % (self.name, target))
        return math.log(ratio) / self.rate

    def __repr__(self):
        return '%s(start=%r, rate=%r)' % (self.name, self.start, self.rate)


def sigmoid(x):
    return 1 / (1 + math.exp(-x))


def softmax(scores):
    top = max(scores)
    exps = [math.exp(s - top) for s in scores]
    total = sum(exps)
    return [e / total for e in exps]


savings = Model('savings', 1000, 0.05)
carbon = Model('carbon14', 1.0, -math.log(2) / 5730)
print(savings, carbon)
for years in (0, 1, 2, 5, 10, 20):
    print('year %2d: %r' % (years, savings.value(years)))
for t in (0, 1000, 5730, 11460, 20000):
    print('after %5d years: %.6f left (%r)' % (t, carbon.value(t), carbon.value(t)))
print('doubling time %.4f years, half-life check %r' % (savings.time_to(2000), carbon.time_to(0.5)))
print([sigmoid(x / 10) for x in range(-6, 7, 2)])
print([round(sigmoid(x), 4) for x in (-5, -1, 0, 1, 5)], sigmoid(0.6), 1 - sigmoid(-0.6))
print('decay per step:', [math.exp(-i / 10) for i in range(10)])
probs = softmax([2.0, 1.0, 0.1, -1.5])
print(probs, sum(probs))
print(sorted(zip(probs, 'abcd'), reverse=True)[0], max(range(4), key=lambda i: probs[i]))
print([math.exp(-(i * i) / 50) for i in range(0, 12, 3)], math.exp(1), math.exp(-745), math.exp(0.0))
for bad in (lambda: Model('debt', -5, 0.1), lambda: carbon.time_to(2.0), lambda: math.exp(1000)):
    try:
        print(bad())
    except (ValueError, ArithmeticError) as e:
        print(type(e).__name__, e)
print(savings.time_to(500))
