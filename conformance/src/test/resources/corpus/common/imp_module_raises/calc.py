def check(n):
    if n > 2:
        raise ValueError('bad value %d' % n)
    return n


RESULTS = [check(i) for i in range(5)]
