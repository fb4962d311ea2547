# importlib.import_module of a submodule whose package an import statement loaded (pyvm's own importer made the
# package's __spec__, which 3.11's importlib reads while it imports a child); the spec's plain attributes
import importlib
import json
import email.mime

print(importlib.import_module("json.tool").__name__)
print(importlib.import_module("email.mime.text").__name__)
print(importlib.import_module(".decoder", "json").__name__)
print(importlib.import_module("json") is json)
spec = json.__spec__
print(spec.name, spec.parent, spec.loader_state, spec.has_location, spec.submodule_search_locations is not None)
print(json.tool.__spec__.parent, json.tool.__spec__.submodule_search_locations)
try:
    importlib.import_module("json.no_such_module")
except ImportError as e:
    print(type(e).__name__, e)
