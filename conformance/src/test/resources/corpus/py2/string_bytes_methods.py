# str in 2.7 is bytes: methods that differ from 3.x.
s = "Hello World"
print s.translate(None, "lo")
print s.swapcase(), s.istitle()
print "abc".encode("hex")
print "616263".decode("hex")
print "aGk=".decode("base64")
print "x".join(["1", "2"])
print repr("caf\xe9")
print "%5s|%-5s|" % ("ab", "cd")
print "abc"[1], type("abc"[1]).__name__
print [c for c in "hi"]
print str(123) + "4"
print "a,b".split(","), "A".lower()
print buffer("abcdef", 2, 3)[:]
print bytearray("abc")
print repr(bytes("x"))
