# importlib.import_module, relative names, find_spec and reload, answered by pyvm's import system through sys.meta_path
import importlib, importlib.util, sys
m = importlib.import_module('json')
print(m.dumps([1]), m is sys.modules['json'], m.__spec__.name, type(m.__spec__).__name__)
d = importlib.import_module('json.decoder')
print(d.__name__, d is m.decoder, importlib.import_module('.encoder', 'json').__name__)
print(importlib.import_module('math').sqrt(4), importlib.util.find_spec('nosuchmod'), importlib.util.find_spec('email') is not None)
print(importlib.util.find_spec('collections.abc').name, importlib.util.find_spec('textwrap').name)
try:
    importlib.import_module('nosuch.sub')
except ImportError as e:
    print(type(e).__name__, e)
try:
    importlib.import_module('json.nosuch')
except ImportError as e:
    print(type(e).__name__, e)
import textwrap
print(importlib.reload(textwrap) is textwrap)
