# a text file's newlines: the kinds of line ending read so far in the universal modes (newline None or ''), None
# before any and in the other modes; one kind alone, several as a tuple in CPython's order (2.7: unicode alone,
# byte strings in the tuple). Writes a file in the current folder and removes it.
from __future__ import print_function
import io
import os
NAME = "pyvm_newlines_attribute.txt"
cases = [b"a\r\nb\n", b"a\nb\n", b"a\rb\r", b"a\r\nb\r\n", b"a\rb\nc\r\nd", b"plain", b"x\r", b"", b"a\r\n"]
for data in cases:
    with open(NAME, "wb") as f:
        f.write(data)
    for nl in (None, "", "\n", "\r\n"):
        f = io.open(NAME, newline=nl)
        first = f.readline()
        after_line = f.newlines
        f.read()
        print(repr(data), repr(nl), repr(after_line), repr(f.newlines))
        f.close()
f = io.open(NAME)
print(repr(f.newlines))
f.close()
os.remove(NAME)
