# String escape sequences, raw strings, repr of control characters, ord/chr, ASCII-only output.
from __future__ import print_function
samples = ["tab\there", "new\nline", "back\\slash", "quote\"s", 'apos\'s', "bell\a", "nul\0x",
           "\x41\x42\x43", "\101\102", "cr\r", "form\f", "vt\v", "bs\b", "esc\x1b[0m"]
for s in samples:
    print(repr(s), len(s))
print(r"raw\n\t\\", len(r"raw\n"), repr(r"\d+\.\d*"))
print("line1\nline2")
print("col1\tcol2\tcol3")
print("a" "b" "c", "concat" 'enated')
triple = """first
  second \
continued
third"""
print(triple)
print(repr(triple), triple.count("\n"))
print([ord(c) for c in "\t\n\r\\'\" "])
print("".join(chr(i) for i in range(65, 91)))
print("".join(chr(i) for i in range(32, 127) if not chr(i).isalnum()))
print(repr("".join(chr(i) for i in range(0, 32, 3))))
print(repr(chr(127)), repr("\x7f\x00"), "%r" % "\x01")
print("%c%c%c" % (72, 105, 33), "%5s|%-5s|" % ("ab", "cd"), "{0!r}".format("q\t"))
print("\\n is two chars:", len("\\n"), "but \n is one:", len("\n"))
print("It's", 'He said "hi"', "mixed 'single' and \"double\"")
print(repr('single \' and "double"'), repr("only 'single'"), repr('only "double"'))
print("x\
y")
print("abc".encode("ascii"), repr(b"bytes\x00\xff"[0:7]) in ("'bytes\\x00\\xff'", "b'bytes\\x00\\xff'"))
print("%s" % "percent %% stays", "%%d", "100%%" % ())
hexed = "".join("%02x" % ord(c) for c in "Hi!\n")
print(hexed, int(hexed, 16))
print("A\tB".expandtabs(8).replace(" ", "."), "A\tB".split("\t"))
print(str("\x41"), "\x41" == "A", "\u0041" == "A" if "\u0041" != "\\u0041" else "no u-escape in str")
print("line with trailing spaces   ".rstrip() + "|", "\t\n x \n\t".strip())
