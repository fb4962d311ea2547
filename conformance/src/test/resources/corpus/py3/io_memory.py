# _io.StringIO and _io.BytesIO: reading, writing, seeking, newline handling, iteration and subclasses.
import _io

s = _io.StringIO('hello\nworld\n')
print(repr(s.read(3)), s.tell(), repr(s.readline()), repr(s.read()))
s.seek(0)
print(list(s))
print(s.write('!'), repr(s.getvalue()), s.tell())
s.seek(2)
s.write('XY')
print(repr(s.getvalue()))
s.seek(20)
s.write('z')
print(repr(s.getvalue()))
print(s.truncate(4), repr(s.getvalue()), s.tell())
print(s.seek(0, 2), s.readable(), s.writable(), s.seekable(), s.closed)
try:
    s.seek(1, 1)
except OSError as e:
    print(type(e).__name__, e)
try:
    s.seek(-1)
except ValueError as e:
    print('ValueError', e)
try:
    s.write(b'x')
except TypeError as e:
    print('TypeError', e)
s.close()
print(s.closed)
try:
    s.getvalue()
except ValueError as e:
    print('ValueError', e)

for nl in (None, '', '\n', '\r', '\r\n'):
    t = _io.StringIO(newline=nl)
    t.write('a\nb\r\nc\rd')
    t.seek(0)
    print(repr(nl), repr(t.getvalue()), t.readlines())

u = _io.StringIO('caf\u00e9 \U0001f600 x')
print(u.read(6), u.tell(), repr(u.read()))

b = _io.BytesIO(b'abc\ndef\n')
print(b.read(2), b.readline(), b.tell(), b.read(), b.read())
b.seek(1)
print(b.write(b'ZZZ'), b.getvalue(), b.tell())
b.seek(0)
print(list(b), b.readable(), b.seekable())
b.seek(10)
b.write(b'!')
print(b.getvalue())
print(b.truncate(3), b.getvalue())
buf = bytearray(2)
b.seek(0)
print(b.readinto(buf), buf)
b.write(bytearray(b'++'))
print(b.getvalue())
try:
    b.write('text')
except TypeError as e:
    print('TypeError', e)

with _io.StringIO() as w:
    w.writelines(['x\n', 'y\n'])
    print(repr(w.getvalue()))
print(w.closed)


class Upper(_io.StringIO):
    def __init__(self, text):
        super().__init__(text.upper())
        self.extra = 'kept'

    def shout(self):
        return self.read() + '!'


up = Upper('quiet')
print(up.shout(), up.extra, isinstance(up, _io.StringIO), type(up).__name__)
print(isinstance(b, _io._BufferedIOBase), isinstance(s, _io._TextIOBase), isinstance(b, _io._IOBase))
print(issubclass(_io.FileIO, _io._RawIOBase), _io.DEFAULT_BUFFER_SIZE, _io.UnsupportedOperation.__mro__[1:3])
print(_io.StringIO.__module__, repr(_io.BytesIO))
