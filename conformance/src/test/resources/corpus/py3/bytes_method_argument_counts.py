# bytes methods called with too many or too few arguments
def show(label, f):
    try:
        print(label, repr(f()))
    except TypeError as e:
        print(label, "TypeError:", e)


show("bytes.upper 1", lambda: b"abc".upper(1))
show("bytes.strip 2", lambda: b"abc".strip(b"a", b"b"))
show("bytes.split 3", lambda: b"a,b".split(b",", 1, 2))
show("bytes.decode 3", lambda: b"abc".decode("utf-8", "strict", 1))
show("bytes.find 0", lambda: b"abc".find())
show("bytes.replace 1", lambda: b"abc".replace(b"a"))
show("bytes.center 0", lambda: b"abc".center())
show("bytes.join 2", lambda: b",".join([], []))
show("bytes.zfill 0", lambda: b"1".zfill())
show("bytes.hex 3", lambda: b"ab".hex(1, 2, 3))
show("bytearray.insert 1", lambda: bytearray(b"a").insert(0))
show("bytearray.pop 2", lambda: bytearray(b"a").pop(0, 1))
show("bytearray.clear 1", lambda: bytearray(b"a").clear(1))
show("list.clear 1", lambda: [1].clear(1))
show("list.copy 1", lambda: [1].copy(1))
show("str.casefold 1", lambda: "A".casefold(1))
show("str.isidentifier 1", lambda: "a".isidentifier(1))
show("str.format_map 0", lambda: "{a}".format_map())
show("str.translate 2", lambda: "a".translate({}, 1))
print(b"a,b".split(b","), b"xx".center(6, b"-"), "{a}".format_map({"a": 1}))
