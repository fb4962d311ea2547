# Dict key/item views with set algebra produce sets in hash order.
a = {'apple': 1, 'banana': 2, 'cherry': 3, 'date': 4, 'elder': 5}
b = {'cherry': 30, 'date': 40, 'fig': 60, 'grape': 70}
print(a.keys() & b.keys())
print(a.keys() | b.keys())
print(a.keys() - b.keys())
print(a.keys() ^ b.keys())
print(a.keys() & {'apple', 'zzz'})
print(a.items() & {('date', 4), ('fig', 6)})
print(a.keys() | [1, 2])
print(sorted(a.keys() ^ b.keys()))
del a['apple']
a['apple'] = 0
print(list(a.keys()), list(a.items())[-2:])
print(list(reversed(list(a.values()))))
ks = a.keys()
a['zulu'] = 26
print(ks, len(ks), 'zulu' in ks)
print(set(ks) == set(a))
print(isinstance(ks, type({}.keys())), ks == {'apple', 'banana', 'cherry', 'date', 'elder', 'zulu'})
