class Box:
    def __class_getitem__(cls, item):
        print("class_getitem", cls.__name__, item)
        return "%s[%s]" % (cls.__name__, getattr(item, "__name__", item))

class SubBox(Box):
    pass

print(Box[int])
print(SubBox[str])
print(Box[1, 2])
print(list[int], dict[str, list[int]])

class Plain:
    pass

try:
    Plain[int]
except TypeError as e:
    print("TypeError:", e)

def validate(record):
    try:
        if "id" not in record:
            raise KeyError("id")
        if record["id"] < 0:
            raise ValueError("negative id")
    except Exception as e:
        e.add_note("while validating %r" % (record,))
        raise

def load(records):
    for i, r in enumerate(records):
        try:
            validate(r)
        except Exception as e:
            e.add_note("record #%d" % i)
            raise

try:
    load([{"id": 1}, {"name": "x"}])
except KeyError as e:
    print(repr(e), e.__notes__)

e = ValueError("plain")
print(hasattr(e, "__notes__"))
try:
    e.add_note(42)
except TypeError as te:
    print("TypeError:", te)
e.__notes__ = ["set directly"]
e.add_note("appended")
print(e.__notes__)

eg = ExceptionGroup("grouped", [ValueError("inner")])
eg.exceptions[0].add_note("note on inner")
eg.add_note("note on group")
try:
    raise eg
except* ValueError as caught:
    print(caught.__notes__, caught.exceptions[0].__notes__)

load([{"id": 2}, {"id": 3}, {"id": -4}])
