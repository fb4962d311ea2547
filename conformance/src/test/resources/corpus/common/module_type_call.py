# Modules made by calling the module type (types.ModuleType, imp.new_module): their dict, repr,
# attributes, and code run in them.
from __future__ import print_function
import sys

ModuleType = type(sys)
m = ModuleType("plugin")
print(repr(m), m.__name__, m.__doc__, sorted(m.__dict__))
d = ModuleType("documented", "says what it is")
print(d.__doc__, isinstance(d, ModuleType), type(d) is ModuleType)
m.answer = 42
exec("def twice(x):\n    return 2 * x\nvalue = twice(answer)", m.__dict__)
print(m.value, m.twice(5), sorted(k for k in m.__dict__ if not k.startswith("__")))
try:
    m.missing
except AttributeError as e:
    print("AttributeError")
sys.modules["plugin"] = m
import plugin
print(plugin is m, plugin.value)
kw = ModuleType(name="by_keyword")
print(kw.__name__)
try:
    ModuleType(12)
except TypeError as e:
    print("TypeError", e)
