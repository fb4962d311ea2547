# dict_keys and dict_items compare as sets and are unhashable; dict_values hashes by identity
d = {1: 2, 3: 4}
keys = d.viewkeys() if hasattr(d, 'viewkeys') else d.keys()
values = d.viewvalues() if hasattr(d, 'viewvalues') else d.values()
items = d.viewitems() if hasattr(d, 'viewitems') else d.items()
for v in (keys, values, items):
    try:
        print(type(v).__name__, type(hash(v)).__name__)
    except TypeError as e:
        print(type(v).__name__, 'TypeError', e)
    try:
        print(len({v: 1}))
    except TypeError as e:
        print('TypeError', e)
print(keys == set([1, 3]), items == set([(1, 2), (3, 4)]), values == values)
