# A set's repr shows each item through the item's own __repr__, as lists and dicts do (sets of one item: no hash order)


class Card(object):
    def __init__(self, rank):
        self.rank = rank

    def __repr__(self):
        return 'Card(%r)' % self.rank

    def __eq__(self, other):
        return isinstance(other, Card) and self.rank == other.rank

    def __hash__(self):
        return hash(self.rank)


class Tagged(set):
    pass


c = Card('A')
print({c} if False else set([c]))
print(repr(set([c])), str(frozenset([c])))
print([set([c])], (frozenset([c]),), {'k': set([c])})
print(Tagged([c]))
print(set([Card('K'), Card('K')]))
print('%s / %r' % (set([c]), frozenset([c])))
print(set(), frozenset(), Tagged())
s = set([c])
print(str(s) == repr(s), len(s), Card('A') in s)
