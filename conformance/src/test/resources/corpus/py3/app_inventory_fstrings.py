class Field:
    def __set_name__(self, owner, name):
        self.name = '_' + name
        owner.fields = getattr(owner, 'fields', ()) + (name,)

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name)

    def __set__(self, obj, value):
        self.check(value)
        setattr(obj, self.name, value)

    def check(self, value):
        pass


class Positive(Field):
    def check(self, value):
        if not isinstance(value, (int, float)) or value < 0:
            raise ValueError(f"{self.name[1:]} must be a non-negative number, got {value!r}")


class NonEmpty(Field):
    def check(self, value):
        if not value:
            raise ValueError(f"{self.name[1:]} must not be empty")


class Item:
    name = NonEmpty()
    price = Positive()
    qty = Positive()

    def __init__(self, name, price, qty=0, *, category='misc'):
        self.name, self.price, self.qty = name, price, qty
        self.category = category

    @property
    def value(self):
        return self.price * self.qty

    def __format__(self, spec):
        if spec == 'short':
            return f"{self.name}x{self.qty}"
        return f"{self.name:{spec or '<12'}}|{self.price:>8.2f}|{self.qty:>4d}"

    def __repr__(self):
        return f"Item({self.name!r}, {self.price!r}, {self.qty!r}, category={self.category!r})"


class Inventory(dict):
    def __missing__(self, key):
        raise LookupError(f"no item called {key!r} (have: {', '.join(sorted(self))})")

    def add(self, item):
        if item.name in self:
            self[item.name].qty += item.qty
        else:
            self[item.name] = item
        return self

    def remove(self, name, qty):
        item = self[name]
        if qty > item.qty:
            raise ValueError(f"only {item.qty} {name} left, cannot remove {qty}")
        item.qty -= qty

    def report(self):
        by_cat = {}
        for it in self.values():
            by_cat.setdefault(it.category, []).append(it)
        lines = []
        for cat in sorted(by_cat):
            items = sorted(by_cat[cat], key=lambda i: (-i.value, i.name))
            lines.append(f"[{cat.upper():^10}] {len(items)} item{'s' if len(items) != 1 else ''}")
            lines.extend(f"  {it}  = {it.value:>9,.2f}" for it in items)
        total = sum(it.value for it in self.values())
        lines.append(f"{'TOTAL':<28}{total:>12,.2f}")
        return "\n".join(lines)


inv = Inventory()
inv.add(Item("bolt", 0.25, 400, category="hardware")).add(Item("nut", 0.1, 1000, category="hardware"))
inv.add(Item("hammer", 12.5, 3, category="tools")).add(Item("bolt", 0.25, 100, category="hardware"))
inv.add(Item("glue", 3.99, 7))
print(Item.fields, Item.name.name, type(Item.__dict__['qty']).__name__)
print(inv.report())
print(f"{inv['bolt']:short} {inv['glue']:>10} {inv['hammer']!r}")
for action in [lambda: inv.remove('nut', 50), lambda: inv.remove('hammer', 5),
               lambda: inv['saw'], lambda: Item('', 1), lambda: Item('x', -1),
               lambda: Item('x', 'cheap'), lambda: Item('x', 1, 2, 'tools'),
               lambda: inv.add(Item('saw', 20, category='tools', colour='red'))]:
    try:
        r = action()
        print('ok', r)
    except (ValueError, LookupError) as e:
        print(f"{type(e).__name__}: {e}")
    except TypeError as e:
        print(f"TypeError: {e}")
width, prec = 10, 3
for v in (3.14159, 2.5, 1e6, -0.0004):
    print(f"|{v:{width}.{prec}f}|{v:<{width}.{prec}e}|{v:^{width}.{prec}g}|{v:+.1%}|")
print(f"{'nested':*^{width + 4}}", f"len={len(inv)}", f"{{braces}}")
print(f"{3 + 4j!s:>8}", f"{255:#x} {255:#o} {255:#b} {255:08b} {-42:=+8d} {1234567:_}")
inv.remove('glue', 8)
