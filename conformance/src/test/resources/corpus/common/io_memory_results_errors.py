# io's in-memory streams: what write/seek/tell/truncate answer (2.7: longs), reading a raw
# stream without readall to its end, the newline argument, and the words of the argument errors
from __future__ import print_function
import io


def attempt(label, f, *a):
    try:
        print(label, repr(f(*a)))
    except Exception as e:
        print(label, type(e).__name__, e)


s = io.StringIO()
print(repr(s.write(u'abc')), repr(s.tell()), repr(s.seek(0)), repr(s.truncate(1)), repr(s.seek(0, 2)))
b = io.BytesIO()
print(repr(b.write(b'abc')), repr(b.tell()), repr(b.seek(0)), repr(b.truncate(1)), repr(b.readinto(bytearray(1))))
bw = io.BufferedWriter(io.BytesIO())
print(repr(bw.write(b'xy')), repr(bw.tell()))

# a BufferedReader over a BytesIO (which has no readall) reads to the end by read() calls
br = io.BufferedReader(io.BytesIO(b'abcdef'))
print(br.read(2), br.peek(1)[:1], br.read(), br.read())
br = io.BufferedReader(io.BytesIO(b'xyz'))
print(br.read(-1), br.read(-1))

print(repr(io.StringIO(u'a\r\nb\rc', newline='').readlines()))
print(repr(io.StringIO(u'a\r\nb\rc', newline=u'').readlines()))
print(repr(io.StringIO(u'a\r\nb\rc').readlines()))
attempt('StringIO newline', io.StringIO, u'', 'bad')
attempt('TextIOWrapper newline', io.TextIOWrapper, io.BytesIO(), 'utf-8', None, 'bad')

for name, f in [('StringIO.read', io.StringIO(u'abc').read), ('StringIO.readline', io.StringIO(u'abc').readline),
                ('BytesIO.read', io.BytesIO(b'ab').read), ('BytesIO.read1', io.BytesIO(b'ab').read1),
                ('StringIO.truncate', io.StringIO(u'abc').truncate), ('BytesIO.truncate', io.BytesIO(b'').truncate),
                ('StringIO.seek', io.StringIO(u'').seek), ('BytesIO.seek', io.BytesIO(b'').seek)]:
    attempt(name, f, 'x')

closed = io.BytesIO()
closed.close()
attempt('closed read', closed.read)
attempt('closed getvalue', closed.getvalue)
attempt('closed tell', closed.tell)
for x in [5, None]:
    attempt('BytesIO.write', io.BytesIO().write, x)
    attempt('BufferedWriter.write', io.BufferedWriter(io.BytesIO()).write, x)
attempt('BytesIO()', io.BytesIO, 5)
