# 3.x ImportError attributes: msg, name and path, from the import system or from keyword arguments.
try:
    raise ImportError("boom", name="m", path="p")
except ImportError as e:
    print(e, e.name, e.path, e.msg, e.args)
try:
    import nosuch
except ImportError as e:
    print(e.name, e.path, e.msg, e.args)
e = ImportError("plain")
print(e.name, e.path, e.msg)
e.name = "set"
print(e.name, ImportError("a", "b").msg)
class MyErr(ImportError):
    pass
print(MyErr("x").name)
try:
    ImportError("x", bad=1)
except TypeError as e:
    print(e)
