# 2.7's long(text, base): the L suffix (a digit from base 22 on; int() refuses it), base 0 reading a
# leading 0 as octal, and the error naming the base the literal was read in.
cases = ["7L", "0L", "0777L", "ffL", "12l", " 12L ", "L", "0x", "0xg", "0x1fL", "08", "", "-7L", "--7L",
         "9223372036854775808L", "0b102", "1_0"]
for base in (10, 16, 0, 8, 2, 22, 36):
    for c in cases:
        try:
            print base, repr(c), repr(long(c, base))
        except ValueError as e:
            print base, repr(c), "ValueError", e
for c in ["7L", "0L", "0777", "12"]:
    try:
        print repr(c), repr(int(c)), repr(int(c, 0))
    except ValueError as e:
        print repr(c), "ValueError", e
