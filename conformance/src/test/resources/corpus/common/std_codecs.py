# -*- coding: utf-8 -*-
# codecs.py and the encodings package over the Java _codecs module
import codecs

print(codecs.lookup("UTF-8").name + " " + codecs.lookup("latin_1").name + " " + codecs.lookup("ASCII").name)
print(repr(codecs.utf_8_encode(u"h\xe9llo")) + " " + repr(codecs.utf_8_decode(b"h\xc3\xa9llo")))
print(repr(codecs.utf_8_decode(b"ab\xc3", "strict", False)) + " " + repr(codecs.latin_1_encode(u"\xe9")))
print(repr(codecs.encode(u"abc", "utf-8")) + " " + repr(codecs.decode(b"abc", "latin-1")))
try:
    codecs.lookup("no-such-codec")
except LookupError as e:
    print("LookupError: %s" % e)
print(codecs.lookup_error("strict") is codecs.strict_errors)


def handler(exc):
    return (u"<%d-%d>" % (exc.start, exc.end), exc.end)


codecs.register_error("mine", handler)
print(codecs.lookup_error("mine") is handler)
print(repr(codecs.replace_errors(UnicodeEncodeError("ascii", u"a\xe9b", 1, 2, "bad"))))
print(repr(codecs.backslashreplace_errors(UnicodeEncodeError("ascii", u"a\xe9b", 1, 2, "bad"))))
print(repr(codecs.xmlcharrefreplace_errors(UnicodeEncodeError("ascii", u"a\xe9b", 1, 2, "bad"))))
print(repr(codecs.ignore_errors(UnicodeDecodeError("ascii", b"a\xffb", 1, 2, "bad"))))
dec = codecs.getincrementaldecoder("utf-8")()
print(repr(dec.decode(b"\xc3")) + " " + repr(dec.decode(b"\xa9x")) + " " + repr(dec.decode(b"", True)))
print(repr(codecs.getencoder("latin-1")(u"\xe9t\xe9")))
print(repr(codecs.BOM_UTF8) + " " + codecs.lookup("cp1252").name)
print(repr(codecs.decode(b"\x80abc", "cp1252")) + " " + repr(codecs.encode(u"\u20acx", "cp1252")))
