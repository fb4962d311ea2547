# 3.x open(): newline modes, encodings, seek/tell cookies, reprs, and the errors open() and its files raise.
import sys

NAME = 'pyvm_io_text_newlines_%d%d.tmp' % sys.version_info[:2]
RAW = b'one\r\ntwo\rthree\nfour\r\n'

with open(NAME, 'wb') as f:
    f.write(RAW)

for nl in (None, '', '\n', '\r', '\r\n'):
    with open(NAME, newline=nl) as f:
        print(repr(nl), f.readlines())
    with open(NAME, newline=nl) as f:
        print(repr(nl), repr(f.read()))

for nl in (None, '', '\n', '\r', '\r\n'):
    with open(NAME, 'w', newline=nl) as f:
        print(f.write('a\nb\r\nc\r'))
    with open(NAME, 'rb') as f:
        print(repr(nl), f.read())

with open(NAME, 'w', encoding='utf-8') as f:
    f.write('caf\u00e9 \u20ac\nna\u00efve\n')
with open(NAME, 'rb') as f:
    print(f.read())
with open(NAME, encoding='utf-8') as f:
    print(repr(f.readline()), f.tell())
    print(repr(f.read(3)), f.tell())
    f.seek(0)
    print(repr(f.read()))
with open(NAME, encoding='latin-1') as f:
    print(repr(f.read()))
with open(NAME, 'w', encoding='latin-1') as f:
    f.write('\u00e9t\u00e9')
with open(NAME, 'rb') as f:
    print(f.read())

f = open(NAME, 'w')
print(repr(f))
print(f.name, f.mode, f.encoding, f.closed, f.writable(), f.readable(), f.seekable())
print(repr(f.buffer), repr(f.buffer.raw))
print(f.buffer.mode, f.buffer.raw.mode, f.buffer.raw.closefd)
f.close()
print(repr(f.buffer.raw))
f = open(NAME, 'rb', buffering=0)
print(repr(f))
f.close()
f = open(NAME, 'a+')
print(repr(f), f.buffer.raw.mode)
f.close()
f = open(NAME, 'rb+')
print(repr(f), f.raw.mode)
f.close()

with open(NAME, 'w') as f:
    f.write('line 1\nline 2\nline 3\n')
with open(NAME) as f:
    first = next(f)
    try:
        f.tell()
    except OSError as e:
        print(type(e).__name__, e)
    print(repr(first), [line for line in f], f.tell())
    f.seek(0)
    next(f)
    f.seek(0)
    print(f.tell())
with open(NAME) as f:
    f.seek(0, 2)
    print(f.tell(), repr(f.read()))
    f.seek(7)
    print(repr(f.readline()))
    try:
        f.seek(1, 1)
    except Exception as e:
        print(type(e).__name__, e)
    try:
        f.seek(-1)
    except ValueError as e:
        print('ValueError', e)

with open(NAME) as f:
    try:
        f.write('x')
    except Exception as e:
        print(type(e).__name__, e, isinstance(e, OSError), isinstance(e, ValueError))
with open(NAME, 'w') as f:
    try:
        f.read()
    except Exception as e:
        print(type(e).__name__, e)
    try:
        f.write(b'bytes')
    except TypeError as e:
        print('TypeError', e)
with open(NAME, 'wb') as f:
    try:
        f.write('text')
    except TypeError as e:
        print('TypeError', e)

for mode, kw in [('rw', {}), ('rbt', {}), ('rb', {'encoding': 'utf-8'}), ('rb', {'newline': ''}),
                 ('r', {'buffering': 0}), ('r', {'newline': 'x'}), ('', {}), ('r+++', {})]:
    try:
        open(NAME, mode, **kw)
    except ValueError as e:
        print('ValueError', e)
try:
    open(NAME, encoding='no-such-codec')
except LookupError as e:
    print('LookupError', e)
try:
    open(3.5)
except TypeError as e:
    print('TypeError', e)

for name, mode in [('pyvm_missing_dir/x.txt', 'w'), ('pyvm_missing.txt', 'r'), ('.', 'r'), (NAME, 'x')]:
    try:
        open(name, mode)
    except OSError as e:
        print(type(e).__name__, e, e.errno, e.filename, e.args)

f = open(NAME)
f.close()
for op in (f.read, f.readline, f.tell, lambda: f.seek(0), lambda: f.write('x'), f.__next__):
    try:
        op()
    except ValueError as e:
        print('ValueError', e)
f.close()
print(repr(f))

import posix
posix.remove(NAME)
