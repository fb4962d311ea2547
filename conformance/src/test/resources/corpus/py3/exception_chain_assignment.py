# Assigning __cause__ and __context__ by hand: None or an exception instance, anything else a TypeError; the
# traceback then shows the chain that was set.
e = ValueError("outer")
for value in [KeyError("k"), None, 5, "text", KeyError]:
    for attr in ("__cause__", "__context__"):
        try:
            setattr(e, attr, value)
            print(attr, "=", repr(value), "->", repr(getattr(e, attr)))
        except TypeError as err:
            print(attr, "=", repr(value), "-> TypeError:", err)
for attr in ("__cause__", "__context__"):
    try:
        delattr(e, attr)
        print("deleted", attr)
    except (TypeError, AttributeError) as err:
        print("del", attr, "->", type(err).__name__ + ":", err)
e.__cause__ = IndexError("the cause")
print(e.__suppress_context__, repr(e.__cause__))
raise e
