# A module's globals written from outside it after its functions first read them: attribute
# assignment on the module, setattr, the module's __dict__, and from-import of the module.
import mod

print(mod.get())
mod.value = "set as attribute"
print(mod.get())
setattr(mod, "value", "setattr")
print(mod.get())
mod.__dict__["value"] = "module __dict__"
print(mod.get())
vars(mod)["value"] = "vars"
print(mod.get())
mod.bump()
print(mod.get(), mod.value)
del mod.value
try:
    mod.get()
except NameError as e:
    print("NameError", e)
mod.value = "back"
print(mod.get())

from mod import *
print(value, get())
value = "main's own"
print(value, get())
