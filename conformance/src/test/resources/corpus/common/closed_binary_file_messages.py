# Operations on a closed binary file opened with io.open: the buffered object's check names the operation
# ("write to closed file", "read of closed file", "seek of closed file"...), what reaches the raw file
# (tell, fileno, isatty) says FileIO's "I/O operation on closed file", and IOBase's own (readlines,
# iteration, a reader's flush) adds a period; 2.7's read1 and peek ask the raw file, and before 3.7
# truncate does too.
from __future__ import print_function
import io
import os

name = "closed_binary_file_messages.bin"
with io.open(name, "wb") as f:
    f.write(b"line one\nline two\n")
for mode in ["wb", "rb", "r+b"]:
    f = io.open(name, mode)
    f.close()
    for label, call in [("write", lambda: f.write(b"x")), ("read", lambda: f.read()), ("read1", lambda: f.read1(1)),
                        ("readline", lambda: f.readline()), ("peek", lambda: f.peek(1)), ("seek", lambda: f.seek(0)),
                        ("tell", lambda: f.tell()), ("flush", lambda: f.flush()), ("truncate", lambda: f.truncate()),
                        ("readinto", lambda: f.readinto(bytearray(2))), ("readlines", lambda: f.readlines()),
                        ("next", lambda: next(iter(f))), ("fileno", lambda: f.fileno()), ("isatty", lambda: f.isatty()),
                        ("close again", lambda: f.close())]:
        try:
            print(mode, label, "->", call())
        except (ValueError, AttributeError, IOError) as e:
            print(mode, label, "->", type(e).__name__, e)
os.remove(name)
