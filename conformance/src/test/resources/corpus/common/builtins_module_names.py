# The builtins module's own names are in its dict: code run in a namespace without __name__
# finds the builtins module's, and the module has its __doc__, __package__ and __debug__.
import sys
if sys.version_info[0] == 2:
    import __builtin__ as B
else:
    import builtins as B
print(B.__name__)
print(B.__doc__.splitlines()[0])
print(repr(B.__package__))
print(B.__debug__)
print(vars(B)["__name__"])
d = {}
exec("x = __name__", d)
print(d["x"])
print(eval("__name__", {}))
print(eval("__package__", {}) == B.__package__)
