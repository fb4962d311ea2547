import collections
def ordereddict_mutate():
    d = collections.OrderedDict([(1, 1), (2, 2)])
    for k in d:
        d[k + 10] = 1
def ordereddict_shrink():
    d = collections.OrderedDict([(1, 1), (2, 2)])
    for k in d:
        del d[k]
def ordereddict_move():
    d = collections.OrderedDict([(1, 1), (2, 2)])
    for k in d:
        d.move_to_end(k)
    return list(d)
def ordereddict_keys_grow():
    d = collections.OrderedDict([(1, 1)])
    for k in d.keys():
        d[k + 1] = 0
for f in (ordereddict_mutate, ordereddict_shrink, ordereddict_move, ordereddict_keys_grow):
    try:
        print(f.__name__, f())
    except Exception as e:
        print(f.__name__, type(e).__name__, e)
def ordereddict_last_then_delete():
    d = collections.OrderedDict([(1, 1), (2, 2)])
    seen = []
    for k in d:
        seen.append(k)
        if k == 2:
            del d[1]
    return seen, list(d)
def ordereddict_values_grow():
    d = collections.OrderedDict([(1, 'a')])
    out = []
    for v in d.values():
        out.append(v)
        d[len(d) + 1] = v * 2
    return out, len(d)
def ordereddict_items_reversed():
    d = collections.OrderedDict([(1, 'a'), (2, 'b')])
    out = []
    for k, v in reversed(d.items()) if hasattr(d.items(), '__reversed__') else reversed(list(d.items())):
        out.append(k)
        d[k + 10] = v
    return out
for f in (ordereddict_last_then_delete, ordereddict_values_grow, ordereddict_items_reversed):
    try:
        print(f.__name__, f())
    except Exception as e:
        print(f.__name__, type(e).__name__, e)
