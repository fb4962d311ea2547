# io over _io: the ABCs io.py derives from _io's bases, UnsupportedOperation, and programs' own streams.
import io
import sys

NAME = 'pyvm_io_module_abc_%d%d.tmp' % sys.version_info[:2]
print(open is io.open, io.open.__name__, io.DEFAULT_BUFFER_SIZE, io.SEEK_END)
with open(NAME, 'w') as f:
    print(isinstance(f, io.TextIOWrapper), isinstance(f, io.TextIOBase), isinstance(f, io.IOBase))
    print(isinstance(f.buffer, io.BufferedWriter), isinstance(f.buffer, io.BufferedIOBase),
          isinstance(f.buffer.raw, io.FileIO), isinstance(f.buffer.raw, io.RawIOBase))
    f.write('abc\n')
with open(NAME, 'rb') as f:
    print(isinstance(f, io.BufferedReader), f.peek(2)[:2], f.read1(2), f.read())
try:
    with open(NAME) as f:
        f.write('nope')
except io.UnsupportedOperation as e:
    print('UnsupportedOperation', e, isinstance(e, OSError), isinstance(e, ValueError))


class Numbers(io.RawIOBase):
    """A raw stream of its own: readinto is all it supplies."""

    def __init__(self, data):
        self.data = data
        self.pos = 0

    def readable(self):
        return True

    def readinto(self, b):
        chunk = self.data[self.pos:self.pos + min(len(b), 3)]
        for i, c in enumerate(chunk):
            b[i] = c
        self.pos += len(chunk)
        return len(chunk)


raw = Numbers(b'12\n345\n6789')
print(raw.read(2), raw.readline(), raw.read())
buffered = io.BufferedReader(Numbers(b'line one\nline two\n'))
print(buffered.readline(), list(buffered))
text = io.TextIOWrapper(io.BufferedReader(Numbers(b'caf\xc3\xa9\nend')), encoding='utf-8')
print(text.readlines())


class Shouting(io.StringIO):
    def write(self, s):
        return super().write(s.upper())


sh = Shouting()
print('hi', file=sh)
print(repr(sh.getvalue()), isinstance(sh, io.TextIOBase))

import os
os.remove(NAME)
print(os.path.exists(NAME))
