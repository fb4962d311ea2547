# Messages quote a builtin exception type by CPython's tp_name: 2.7 calls its exception types
# 'exceptions.ValueError' there, while repr, str and the traceback's last line use the bare name.
# add_note arrived in 3.11.
e = ValueError("bad")
print(repr(e), str(e), type(e).__name__)
try:
    e.no_such_attribute
except AttributeError as x:
    print("AttributeError:", x)
try:
    len(e)
except TypeError as x:
    print("TypeError:", x)
try:
    KeyError("k") + 1
except TypeError as x:
    print("TypeError:", x)
try:
    -ZeroDivisionError()
except TypeError as x:
    print("TypeError:", x)
try:
    float(OSError())
except TypeError as x:
    print("TypeError:", x)


class Custom(LookupError):
    pass


try:
    Custom().missing
except AttributeError as x:
    print("AttributeError:", x)
try:
    Custom() * 2
except TypeError as x:
    print("TypeError:", x)
print(hasattr(e, "add_note"), hasattr(Exception, "add_note"))
print(hasattr(e, "args"), e.args)
raise Custom("the end")
