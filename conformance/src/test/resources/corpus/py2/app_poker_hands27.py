# A poker-hand evaluator written the 2.7 way: print statements, __cmp__, cmp sorting, iteritems
RANKS = '23456789TJQKA'
SUITS = {'s': u'\u2660', 'h': u'\u2665', 'd': u'\u2666', 'c': u'\u2663'}
CATEGORIES = ['high card', 'pair', 'two pair', 'three of a kind', 'straight',
              'flush', 'full house', 'four of a kind', 'straight flush']


class BadHand(Exception):
    pass


class Card(object):
    def __init__(self, text):
        if len(text) != 2 or text[0] not in RANKS or text[1] not in SUITS:
            raise BadHand, "bad card %r" % text
        self.rank = RANKS.index(text[0]) + 2
        self.suit = text[1]

    def __cmp__(self, other):
        return cmp(self.rank, other.rank)

    def __repr__(self):
        return '%s%s' % (RANKS[self.rank - 2], self.suit)


class Hand(object):
    def __init__(self, owner, text):
        self.owner = owner
        self.cards = sorted([Card(t) for t in text.split()], reverse=True)
        if len(self.cards) != 5:
            raise BadHand("%s has %d cards" % (owner, len(self.cards)))
        self.score = self.evaluate()

    def evaluate(self):
        counts = {}
        for c in self.cards:
            counts[c.rank] = counts.get(c.rank, 0) + 1
        groups = sorted(counts.iteritems(), key=lambda (r, n): (n, r), reverse=True)
        ranks = [r for r, n in groups]
        shape = [n for r, n in groups]
        flush = len(set(c.suit for c in self.cards)) == 1
        values = [c.rank for c in self.cards]
        if values == [14, 5, 4, 3, 2]:
            values = [5, 4, 3, 2, 1]
        straight = len(counts) == 5 and values[0] - values[4] == 4
        if straight and flush:
            cat = 8
        elif shape == [4, 1]:
            cat = 7
        elif shape == [3, 2]:
            cat = 6
        elif flush:
            cat = 5
        elif straight:
            cat = 4
        elif shape == [3, 1, 1]:
            cat = 3
        elif shape == [2, 2, 1]:
            cat = 2
        elif shape == [2, 1, 1, 1]:
            cat = 1
        else:
            cat = 0
        return (cat, values if straight else ranks)

    def __cmp__(self, other):
        return cmp(self.score, other.score)

    def __str__(self):
        return '%-6s %s  %s' % (self.owner, u' '.join(RANKS[c.rank - 2] + SUITS[c.suit] for c in self.cards).encode('utf-8'),
                                CATEGORIES[self.score[0]])


table = [('ann', 'As Ks Qs Js Ts'), ('bob', '2h 2d 2c Kd Ks'), ('cy', '5c 4d 3h 2s Ad'),
         ('dot', '9h 9d 4c 4s Kh'), ('ed', '7c 7d 7h 7s 2c'), ('flo', '3h 8h Jh 2h 6h'),
         ('gil', 'Ah Kd 9c 7s 2d'), ('hal', 'Tc Td 5s 3h 2c'), ('ivy', '6s 7h 8d 9c Th'),
         ('jo', 'Ts Td Jh Js 2s'), ('kim', '1s 2s 3s 4s 5s'), ('lu', 'Ah Ah')]
hands = []
for owner, text in table:
    try:
        hands.append(Hand(owner, text))
    except BadHand, e:
        print 'skipped', owner + ':', e
for h in sorted(hands, reverse=True):
    print h
print
winner = max(hands)
print 'winner:', winner.owner, winner.score
print 'pairs beat', [h.owner for h in hands if cmp(h, hands[7]) > 0 and h.score[0] <= 2]
by_cat = {}
for h in hands:
    by_cat.setdefault(CATEGORIES[h.score[0]], []).append(h.owner)
for cat, owners in sorted(by_cat.items(), cmp=lambda a, b: cmp(CATEGORIES.index(a[0]), CATEGORIES.index(b[0]))):
    print '%-16s' % cat, ', '.join(owners),
    print '(%d)' % len(owners)
print Card('Qh') == Card('Qs'), Card('2c') < Card('3c'), `Card('Ad')`, max(Card('9s'), Card('Tc'))
print sorted([Card(c) for c in 'Kh 3s Ts 3d'.split()], cmp=lambda a, b: cmp(b, a) or cmp(a.suit, b.suit))
print Hand('zed', 'Kh Kd 3c 3s 3h') > Hand('amy', 'Qh Qd Qc As Ah'), Hand('x', 'As Ks Qs Js Ts') == Hand('y', 'Ah Kh Qh Jh Th')
Hand('err', '2h 3h 4h 5h')
