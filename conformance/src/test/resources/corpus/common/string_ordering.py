# Ordering of str and bytes whatever the distance between the first differing characters or lengths
pairs = [("c", "a"), ("d", "a"), ("a", "c"), ("abc", "a"), ("abcd", "a"), ("a", "abcd"), ("zz", "z"), ("b", "a"),
         ("\u00e9", "e"), ("\U0001F600", "a"), ("same", "same")]
for x, y in pairs:
    print(repr(x), repr(y), x < y, x <= y, x > y, x >= y, x == y, x != y)
for x, y in [(b"c", b"a"), (b"\xff", b"\x01"), (b"abc", b"a"), (b"a", b"d")]:
    print(repr(x), repr(y), x < y, x <= y, x > y, x >= y)
print(max("ace"), min(["ccc", "a", "dd"]), sorted(["d", "a", "c", "b", "dd", "abcd"], reverse=True))
print(("c", 1) > ("a", 2), ["d"] >= ["a"])
