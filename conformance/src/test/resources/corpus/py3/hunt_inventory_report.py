from collections import defaultdict, OrderedDict
class Product:
    def __init__(self, sku, name, price, qty, tags=()):
        self.sku = sku
        self.name = name
        self.price = price
        self.qty = qty
        self.tags = set(tags)
    @property
    def value(self):
        return self.price * self.qty
    def __repr__(self):
        return f'Product({self.sku!r}, {self.name!r}, {self.price!r}, {self.qty!r})'
    def __lt__(self, other):
        return (self.name, self.sku) < (other.name, other.sku)
catalog = [
    Product('A100', 'Widget', 2.50, 40, ['metal', 'small']),
    Product('B200', 'Gadget', 13.99, 3, ['electronic']),
    Product('C300', 'Doohickey', 0.75, 1000, ['small', 'plastic']),
    Product('D400', 'Gizmo', 99.0, 0, ['electronic', 'large']),
    Product('E500', 'Widget', 2.45, 12, ['metal']),
]
print('{:<6} {:<10} {:>8} {:>6} {:>10}'.format('SKU', 'Name', 'Price', 'Qty', 'Value'))
print('=' * 44)
for p in sorted(catalog):
    print('{:<6} {:<10} {:>8.2f} {:>6d} {:>10,.2f}'.format(p.sku, p.name, p.price, p.qty, p.value))
print('=' * 44)
total = sum(p.value for p in catalog)
print('{:<32}{:>12,.2f}'.format('Total inventory value', total))
by_tag = defaultdict(list)
for p in catalog:
    for t in sorted(p.tags):
        by_tag[t].append(p.sku)
for tag in sorted(by_tag):
    print(f'{tag:>12}: {", ".join(by_tag[tag])}')
out_of_stock = [p.name for p in catalog if not p.qty]
print('Out of stock:', out_of_stock or 'none')
cheapest = min(catalog, key=lambda p: p.price)
priciest = max(catalog, key=lambda p: p.price)
print(f'Cheapest: {cheapest.name} at ${cheapest.price:.2f}; priciest: {priciest.name} at ${priciest.price:,.2f}')
names = OrderedDict()
for p in catalog:
    names.setdefault(p.name, []).append(p.price)
for n, prices in names.items():
    avg = sum(prices) / len(prices)
    print(f'{n:<10} avg={avg:8.4f} n={len(prices)} range={min(prices)}..{max(prices)}')
low = [p for p in catalog if 0 < p.qty < 20]
print('Reorder:', ', '.join(f'{p.sku}({p.qty})' for p in low))
print(repr(catalog[0]), catalog[1].tags == {'electronic'}, sorted(catalog[2].tags))
pct = {p.sku: p.value / total for p in catalog}
for sku, share in sorted(pct.items(), key=lambda kv: -kv[1]):
    bar = '#' * int(share * 40)
    print(f'{sku} {share:6.1%} {bar}')
discounted = {p.sku: round(p.price * 0.9, 2) for p in catalog}
print(discounted)
print(sorted({p.name for p in catalog}), len({p.name for p in catalog}))
