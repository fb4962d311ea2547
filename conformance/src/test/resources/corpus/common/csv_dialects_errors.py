# csv dialects and errors: the registry (register/get/list/unregister), Dialect classes and their validation,
# the reader's strict mode, field_size_limit, line_num, and each version's messages; an uncaught csv.Error ends it.
from __future__ import print_function
import csv
import _csv


def show(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, type(e).__name__, str(e))
    else:
        print(label, repr(r))


print(csv.Error is _csv.Error, issubclass(csv.Error, Exception), csv.Error.__module__, csv.__version__)
print(csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE)
print(sorted(csv.list_dialects()))


class Pipes(csv.Dialect):
    delimiter = "|"
    quotechar = "'"
    doublequote = True
    skipinitialspace = True
    lineterminator = "\n"
    quoting = csv.QUOTE_MINIMAL


csv.register_dialect("pipes", Pipes)
csv.register_dialect("semi", delimiter=";", quoting=csv.QUOTE_ALL)
csv.register_dialect("semi2", "semi", lineterminator="!")
print(sorted(csv.list_dialects()))
for name in sorted(csv.list_dialects()):  # 2.7 has no "unix"
    d = csv.get_dialect(name)
    print(name, type(d).__name__, repr(d.delimiter), repr(d.quotechar), repr(d.escapechar), repr(d.lineterminator),
          d.quoting, d.doublequote, d.skipinitialspace, d.strict)
print(list(csv.reader(["a| 'b|c'|d"], "pipes")))
d = _csv.Dialect(delimiter=":", strict=True)
print(_csv.Dialect(d) is d, _csv.Dialect(d, delimiter=",") is d, _csv.Dialect("pipes").delimiter)
csv.unregister_dialect("semi2")
print(sorted(csv.list_dialects()))
show("unregister twice", lambda: csv.unregister_dialect("semi2"))
show("get unknown", lambda: csv.get_dialect("nope"))
show("reader unknown", lambda: csv.reader([], "nope"))
show("name type", lambda: csv.register_dialect(1))
show("setattr", lambda: setattr(d, "delimiter", ";"))


class Broken(csv.Dialect):
    delimiter = ","


show("incomplete class", lambda: Broken())

# validation of every setting
for kw in [dict(delimiter=""), dict(delimiter="ab"), dict(delimiter=1), dict(delimiter=None),
           dict(quotechar=""), dict(quotechar="ab"), dict(quotechar=1), dict(quotechar=None),
           dict(quotechar=None, quoting=csv.QUOTE_MINIMAL), dict(escapechar="ab"), dict(escapechar=5),
           dict(lineterminator=None), dict(lineterminator=5), dict(quoting=7), dict(quoting="1"), dict(quoting=1.0),
           dict(doublequote=0, skipinitialspace=[1], strict="yes")]:
    show(sorted(kw.items()), lambda: csv.reader([], **kw).dialect.quoting)

# reading errors
show("strict quote", lambda: list(csv.reader(['"a"b,c'], strict=True)))
show("strict eof", lambda: list(csv.reader(['"abc'], strict=True)))
show("lenient eof", lambda: list(csv.reader(['"abc'])))
show("newline", lambda: list(csv.reader(["a\rb"])))
show("nul", lambda: list(csv.reader(["a\0b"])))
show("not strings", lambda: list(csv.reader([1, 2])))
show("not iterable", lambda: csv.reader(5))
show("no write", lambda: csv.writer(5))
r = csv.reader(["1,2", '"3', '4"', "5"])
print(r.line_num, next(r), r.line_num, next(r), r.line_num, next(r), r.line_num)
show("exhausted", lambda: next(r))

# field size limit
print(csv.field_size_limit())
print(csv.field_size_limit(5), csv.field_size_limit())
show("too long", lambda: list(csv.reader(["abcdef"])))
show("quoted too long", lambda: list(csv.reader(['"abcdef"'])))
print(list(csv.reader(["abcde,x"])))
show("limit type", lambda: csv.field_size_limit("10"))
csv.field_size_limit(131072)

# writing errors
class Sink(object):
    def write(self, s):
        print("write", repr(s))
        return len(s)


w = csv.writer(Sink(), quoting=csv.QUOTE_NONE)
show("need escape", lambda: w.writerow(["a,b"]))
show("empty field", lambda: w.writerow([""]))
show("not a row", lambda: csv.writer(Sink()).writerow(5))
show("writerows", lambda: csv.writer(Sink()).writerows(5))
show("ok", lambda: csv.writer(Sink()).writerow([""]))
show("no fields", lambda: csv.writer(Sink()).writerow([]))
show("gen rows", lambda: csv.writer(Sink(), lineterminator="\n").writerows(([i, i * i] for i in range(3))))
list(csv.reader(['"a"x'], strict=True))
