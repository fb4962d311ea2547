# json: dumps/loads round trips, formatting options, errors.
from __future__ import print_function
import json

doc = {'name': 'pyvm', 'versions': [2.7, 3.6, 3.11], 'ok': True, 'none': None, 'n': 42,
       'nested': {'a': [1, {'b': 'c'}], 'esc': 'tab\tquote" uni\u00e9'}}
s = json.dumps(doc, sort_keys=True)
print(s)
print(json.dumps(doc, sort_keys=True, indent=2))
print(json.dumps(doc, sort_keys=True, separators=(',', ':')))
back = json.loads(s)
print(sorted(back.keys()), back['versions'], back['nested']['a'][1]['b'], back['ok'], back['none'])
print(json.loads('[1, 2.5, -3e2, "x\\u0041", true, false, null, {}]'))
print(json.dumps([1, 'two', 3.0, [], {}]), json.dumps('caf\u00e9'), json.dumps('caf\u00e9', ensure_ascii=False))
print(json.dumps(float('inf')), json.loads('NaN') != json.loads('NaN'))
def default(o):
    if isinstance(o, set):
        return sorted(o)
    raise TypeError('no')
print(json.dumps({'s': set([3, 1, 2])}, default=default))
print(json.loads('{"a": 1, "b": 2}', object_pairs_hook=lambda pairs: pairs))
for bad in ['{"a": }', '[1, 2', '']:
    try:
        json.loads(bad)
    except ValueError as e:
        print('ValueError', e)
