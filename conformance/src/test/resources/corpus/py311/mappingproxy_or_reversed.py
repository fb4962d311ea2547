# 3.9+ mappingproxy: | with dicts, reversed(), and MappingProxyType[...] as a generic alias
MappingProxyType = type(type.__dict__)
p = MappingProxyType({'a': 1, 'b': 2})
print(p | {'c': 3}, {'z': 0} | p, list(reversed(p)), MappingProxyType[str, int])
print(type(p | p).__name__, p | MappingProxyType({'a': 9}))
