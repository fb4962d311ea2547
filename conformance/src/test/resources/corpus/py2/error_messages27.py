# 2.7's own words for misbehaving special methods, map over a non-iterable, bin of a float, translate's mapping and
# a classic class used as a context manager
class O:
    def __nonzero__(self):
        return 'x'

    def __len__(self):
        return 'a'

    def __iter__(self):
        return 5


class N(object):
    def __nonzero__(self):
        return 'x'

    def __len__(self):
        return 'a'

    def __iter__(self):
        return 5


class E:
    pass


for f in (bool, len, list, lambda o: bin(1.5), lambda o: map(len, 5), lambda o: map(len, [1], 7),
          lambda o: u'abc'.translate({97: 5.5})):
    for o in (O(), N()):
        try:
            f(o)
        except Exception as e:
            print type(e).__name__, e
try:
    with E():
        pass
except Exception as e:
    print type(e).__name__, e
