class S(str):
    pass
class WithStr:
    def __str__(self):
        return S('sub-str')
    def __repr__(self):
        return S('sub-repr')
    def __format__(self, spec):
        return S('fmt:' + spec)
    def __bytes__(self):
        return b'bytes!'
class BadStr:
    def __str__(self):
        return 5
class BadBytes:
    def __bytes__(self):
        return 'text'
class BytesSub(bytes):
    def __bytes__(self):
        return b'from __bytes__'
def show(x):
    return '%s:%r' % (type(x).__name__, x)
w = WithStr()
print(str(w), repr(w), format(w, 'x'), '%s' % w, '%r' % w, '{}'.format(w), f'{w}', f'{w!r}', f'{w:>3}', str(w) == 'sub-str')
print(show(''.join([S('a')])), show(''.join([S('a'), 'b'])), show(S('a') + ''), show('' + S('a')), show(S('ab')[:]), show(S('ab')[0]), show(str(S('x'))))
print(show(bytes(w)), show(bytes(BytesSub(b'raw'))), show(bytes(S('x'), 'ascii')), show(bytes(memoryview(b'mv'))), show(bytes(bytearray(b'ba'))))
for bad in [lambda: str(BadStr()), lambda: bytes(BadBytes()), lambda: '%s' % BadStr(), lambda: format(BadStr(), ''), lambda: f'{BadStr()}', lambda: print(BadStr())]:
    try:
        print(show(bad()))
    except TypeError as e:
        print('TypeError', e)
print(show(ascii(S('é'))), show(repr(S('x'))), show('%a' % 'é'), show(S('%s') % 1), show(S('{}').format(2)), show(S('a').join('bc')))
print(show(S('x') * 2), show(S('a,b').split(',')[0]), show(S(' a ').strip()), show(S('ab').replace('a', 'a')), show(S('x').center(1)), show(S('x').ljust(0)), show(S('Ab').lower()))
print(show(str.__str__(S('q'))), show(S('q').__str__()), show(S('q').__repr__()), show(S('q').__format__('')), show(format(S('q'), '')), S('q').__mod__(()))
print(show(int(S('5'))), show(float(S('1.5'))), show(complex(S('1j'))), show(S('5').zfill(3)), show(S('x').encode()), show(S('x').casefold()), S('x').format())
