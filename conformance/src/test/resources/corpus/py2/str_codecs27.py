# 2.7 str-to-str codecs: string_escape, rot13, hex
def t(f):
    try:
        r = f()
        print repr(r)
    except Exception as e:
        print type(e).__name__, e
for s in ["a'\n\xe9\\\t\r\"\x00\x7f", "plain", ""]:
    t(lambda: s.encode("string_escape"))
    t(lambda: s.encode("string_escape").decode("string_escape") == s)
for s in ["a\\n\\t\\x41\\101\\q\\'", "\\x4", "end\\", "\\\nx", "\\u0041"]:
    t(lambda: s.decode("string_escape"))
t(lambda: "Hello, World!".encode("rot13"))
t(lambda: "Uryyb".decode("rot_13"))
t(lambda: "abc".encode("hex").decode("hex"))
