class InventoryError(Exception):
    pass
class Inventory(object):
    def __init__(self):
        self.items = {}
    def add(self, name, qty):
        if qty <= 0:
            raise InventoryError('quantity must be positive: %d' % qty)
        self.items[name] = self.items.get(name, 0) + qty
    def remove(self, name, qty):
        have = self.items[name]
        if have < qty:
            raise InventoryError('not enough %s: have %d, want %d' % (name, have, qty))
        self.items[name] = have - qty
inv = Inventory()
inv.add('bolt', 10)
inv.add('nut', 5)
for op in [('add', 'bolt', -1), ('remove', 'nut', 9), ('remove', 'washer', 1)]:
    try:
        getattr(inv, op[0])(op[1], op[2])
    except InventoryError, e:
        print 'InventoryError:', e
    except KeyError, e:
        print 'KeyError:', e
print sorted(inv.items.items())
inv.remove('bolt', 3)
print sorted(inv.items.items())
inv.remove('nut', 6)
print 'unreachable'
