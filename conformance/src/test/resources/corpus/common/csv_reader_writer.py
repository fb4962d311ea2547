# csv through the stdlib's csv.py over _csv: writing rows (writerow returns what write returned), reading them
# back, quoting styles, embedded quotes, delimiters and newlines, DictWriter/DictReader and the Sniffer.
from __future__ import print_function
import csv
import sys

if sys.version_info[0] == 2:
    from StringIO import StringIO
else:
    from io import StringIO

rows = [
    ["name", "age", "note"],
    ["Alice", 30, "likes, commas"],
    ["Bob", 4.5, 'said "hi"'],
    ["Carol", None, "two\nlines"],
    ["", "", ""],
    ["  spaced", -7, "tab\there"],
]

out = StringIO()
w = csv.writer(out)
print("writerow returns", repr(w.writerow(rows[0])))
print("writerows returns", repr(w.writerows(rows[1:])))
text = out.getvalue()
print(repr(text))

r = csv.reader(StringIO(text))
print(r.line_num, r.dialect.delimiter, r.dialect.lineterminator == "\r\n")
for row in r:
    print(r.line_num, row)

for style in ("QUOTE_MINIMAL", "QUOTE_ALL", "QUOTE_NONNUMERIC"):
    buf = StringIO()
    cw = csv.writer(buf, quoting=getattr(csv, style), lineterminator="\n")
    cw.writerow([1, 2.5, "x", None, "a,b", True])
    print(style, repr(buf.getvalue()))

buf = StringIO()
cw = csv.writer(buf, quoting=csv.QUOTE_NONE, escapechar="\\", delimiter=";")
cw.writerow(["a;b", 'q"q', "plain", "new\nline"])
print("QUOTE_NONE", repr(buf.getvalue()))
print(list(csv.reader([buf.getvalue()], quoting=csv.QUOTE_NONE, escapechar="\\", delimiter=";")))

buf = StringIO()
csv.writer(buf, doublequote=False, escapechar="\\").writerow(['say "x"', "back\\slash"])
print("no doublequote", repr(buf.getvalue()))

print(list(csv.reader(['1,"2",3.5,abc'], quoting=csv.QUOTE_NONNUMERIC)) if False else "skip")
print(list(csv.reader(['1,"two",3.5'], quoting=csv.QUOTE_NONNUMERIC)))
print(list(csv.reader(['a, b,  "c d"'], skipinitialspace=True)))
print(list(csv.reader(['a|b|c', '"x|y"|z'], delimiter="|")))
print(list(csv.reader(["'a''b',c"], quotechar="'")))
print(list(csv.reader(['"multi', 'line", field', 'next,row'])))
print(list(csv.reader(["a,b\r\n", "\r\n", "c,d\n", ""])))
print(list(csv.reader(['"unterminated'])))
print(list(csv.reader(['x"y",z'])))
print(list(csv.reader(['"a"b,c'])))
print(list(csv.reader(["tab\tsep\there"], dialect="excel-tab")))
print(list(csv.reader(["a,b"], csv.excel)))

# DictWriter / DictReader
buf = StringIO()
dw = csv.DictWriter(buf, fieldnames=["id", "city", "pop"], lineterminator="\n")
dw.writeheader()
dw.writerow({"id": 1, "city": "Oslo", "pop": 700000})
dw.writerow({"id": 2, "city": "Bergen, Norway"})
print(repr(buf.getvalue()))
for d in csv.DictReader(StringIO(buf.getvalue())):
    print(sorted(d.items()))
dr = csv.DictReader(StringIO("a,b\n1,2,3\n4\n"), restkey="extra", restval="?")
for d in dr:
    print(sorted(d.items()))
print(dr.fieldnames, dr.line_num)
try:
    dw.writerow({"id": 3, "bogus": 1})
except ValueError as e:
    print("ValueError", e)

# Sniffer
sample = "name;qty;price\napple;3;1.5\npear;10;0.25\nplum;7;2.0\n"
dialect = csv.Sniffer().sniff(sample)
print(repr(dialect.delimiter), repr(dialect.quotechar), dialect.doublequote, dialect.skipinitialspace)
print(csv.Sniffer().has_header(sample))
print(list(csv.reader(StringIO(sample), dialect))[:2])
quoted = '"a","b c","d"\n"1","2","3"\n"4","5","6"\n'
d2 = csv.Sniffer().sniff(quoted)
print(repr(d2.delimiter), repr(d2.quotechar))

# unicode text (3.x str; 2.7 byte strings pass through as bytes)
buf = StringIO()
csv.writer(buf).writerow(["caf\xc3\xa9" if str is bytes else "caf\xe9", "x"])
print(repr(buf.getvalue()))
print(list(csv.reader(buf.getvalue().splitlines())))
