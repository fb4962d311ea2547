# 3.9+ generic aliases of library classes: types.GenericAlias(origin, args) and classmethod(GenericAlias), re.Pattern, deque
import collections, types, os, re
print(collections.OrderedDict[str, int], types.GenericAlias(list, (int,)), types.GenericAlias(dict, str))
print(collections.deque[int], collections.defaultdict[str, list[int]], re.Pattern[str] if hasattr(re.Pattern, '__class_getitem__') else '')
print(os.PathLike[str])
print(list[int] == types.GenericAlias(list, int), types.GenericAlias)
