# -*- coding: utf-8 -*-
# str.encode / bytes.decode with the common codecs, their aliases and the standard error handlers
from __future__ import print_function


def show(label, f):
    try:
        print(label, repr(f()))
    except (UnicodeError, LookupError, TypeError) as e:
        print(label, type(e).__name__, e)


text = u"caf\xe9 \u20ac 1\xbd"
for enc in ["utf-8", "UTF8", "utf_8", "utf-8-sig", "latin-1", "latin1", "iso-8859-1", "L1", "cp1252", "windows-1252",
            "cp437", "cp850", "iso8859_15", "latin9", "iso-8859-2", "koi8_r", "mac_roman", "cp1251", "ascii", "US-ASCII",
            "utf-16", "utf-16-le", "UTF-16BE", "utf-32-le", "unicode_escape", "raw_unicode_escape"]:
    show(enc, lambda: text.encode(enc))
    show(enc + " replace", lambda: text.encode(enc, "replace"))
    show(enc + " round trip", lambda: text.encode(enc, "ignore").decode(enc))

for errors in ["strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace"]:
    show("ascii " + errors, lambda: u"na\xefve \u2192 x".encode("ascii", errors))
    show("cp1252 " + errors, lambda: u"\u2192\u20ac".encode("cp1252", errors))

show("bom stripped", lambda: b"\xef\xbb\xbfhello".decode("utf-8-sig"))
show("no bom", lambda: b"hello".decode("utf-8-sig"))
show("bom kept by utf-8", lambda: b"\xef\xbb\xbfhi".decode("utf-8"))
show("cp1252 0x80-0x9f", lambda: bytearray(range(0x80, 0xa0)).decode("cp1252", "replace"))
show("cp1252 undefined", lambda: b"ok\x81".decode("cp1252"))
show("cp437 box", lambda: b"\xc9\xcd\xbb".decode("cp437"))
show("mac_roman", lambda: b"\x8e\xdb".decode("mac_roman"))

for data in [b"a\xe2\x82x", b"a\xe2\x82", b"\xf0\x9f\x98", b"\x80abc", b"ab\xc3"]:
    for errors in ["strict", "replace", "ignore"]:
        show("utf-8 %r %s" % (data, errors), lambda: data.decode("utf-8", errors))

for data in [b"a\x00\x00", b"\x00\xd8", b"\x00\xd8a\x00", b"\x00\xdca\x00", b"=\xd8\x00\xde"]:
    for errors in ["strict", "replace", "ignore"]:
        show("utf-16-le %r %s" % (data, errors), lambda: data.decode("utf-16-le", errors))
show("utf-16 bom be", lambda: b"\xfe\xff\x00h\x00i".decode("utf-16"))
show("utf-16 truncated", lambda: b"\xff\xfeh".decode("utf-16"))
show("utf-32 range", lambda: b"\x00\x00\x11\x00".decode("utf-32-le"))

show("unicode_escape decode", lambda: b"tab\\tnl\\n \\x41\\u20ac \\101".decode("unicode_escape"))
show("unicode_escape encode", lambda: u"a\tb\n\\ \xe9\u20ac".encode("unicode_escape"))
show("unicode_escape bad", lambda: b"\\x4".decode("unicode_escape"))
show("unicode_escape end", lambda: b"abc\\".decode("unicode_escape"))
show("raw_unicode_escape", lambda: b"\\\\u0041 \\u0041 \\n".decode("raw_unicode_escape"))
show("unknown encoding", lambda: u"x".encode("no-such-codec"))
show("unknown handler", lambda: u"\xe9".encode("ascii", "no-such-handler"))
show("handler unused", lambda: u"e".encode("ascii", "no-such-handler"))
