# the error handlers 3.x adds: surrogateescape, surrogatepass, namereplace, backslashreplace on decoding
def show(label, f):
    try:
        print(label, ascii(f()))
    except (UnicodeError, LookupError, TypeError) as e:
        print(label, type(e).__name__, e)


raw = b"caf\xe9 \xff\xfe ok"
show("escape in", lambda: raw.decode("utf-8", "surrogateescape"))
show("escape round trip", lambda: raw.decode("utf-8", "surrogateescape").encode("utf-8", "surrogateescape") == raw)
show("escape ascii", lambda: raw.decode("ascii", "surrogateescape"))
show("escape latin-1 out", lambda: "\udce9".encode("latin-1", "surrogateescape"))
show("escape not escaped", lambda: "\u20ac".encode("ascii", "surrogateescape"))
show("escape low byte", lambda: "\udc41".encode("ascii", "surrogateescape"))
show("pass encode", lambda: "a\ud800b".encode("utf-8", "surrogatepass"))
show("pass decode", lambda: b"a\xed\xa0\x80b".decode("utf-8", "surrogatepass"))
show("pass utf-16", lambda: "\udc00".encode("utf-16-le", "surrogatepass"))
show("pass utf-16 back", lambda: b"\x00\xdc".decode("utf-16-le", "surrogatepass"))
show("lone surrogate", lambda: "a\ud800".encode("utf-8"))
show("lone surrogate utf-16", lambda: "a\ud800".encode("utf-16-le"))
show("surrogate replace", lambda: "\ud800".encode("utf-16-le", "replace"))
show("namereplace", lambda: "\u20ac \xe9 \U0001F600".encode("ascii", "namereplace"))
show("namereplace cp1252", lambda: "\u2192\u20ac".encode("cp1252", "namereplace"))
show("backslashreplace decode", lambda: b"a\xff\xfeb".decode("ascii", "backslashreplace"))
show("backslashreplace utf-8", lambda: b"a\xe2\x82x".decode("utf-8", "backslashreplace"))
show("xmlcharrefreplace decode", lambda: b"\xff".decode("ascii", "xmlcharrefreplace"))
show("hex is no text encoding", lambda: "ab".encode("hex"))
show("rot13 neither", lambda: b"ab".decode("rot_13"))
show("error attributes", lambda: [(e.encoding, e.start, e.end, e.reason) for e in [None] if 0])
try:
    b"ok \xe2\x82 then".decode("utf-8")
except UnicodeDecodeError as e:
    print(e.encoding, e.start, e.end, e.reason, e.object)
try:
    "x\u20ac\u20acy".encode("latin-1")
except UnicodeEncodeError as e:
    print(e.encoding, e.start, e.end, e.reason, ascii(e.object))
