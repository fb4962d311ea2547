from __future__ import print_function

class Recorder(object):
    def __init__(self):
        self.calls = []
    def write(self, text):
        self.calls.append(text)

class UStr(object):
    def __str__(self):
        return u'caf\xe9'

class AsciiU(object):
    def __str__(self):
        return u'plain'

rec = Recorder()
print('a', 'b', file=rec)
print(u'a', 'b', file=rec)
print('a', 'b', sep=u'+', file=rec)
print('a', end=u'.', file=rec)
print(1, 2.5, None, file=rec)
print(AsciiU(), file=rec)
try:
    print(UStr(), file=rec)
except UnicodeEncodeError as e:
    print('UnicodeEncodeError:', e.reason, e.start, e.end)
print(u'caf\xe9', file=rec)
for piece in rec.calls:
    print(type(piece).__name__, repr(piece))
try:
    print('x', sep=5)
except TypeError as e:
    print('TypeError:', e)
try:
    print('x', end=[])
except TypeError as e:
    print('TypeError:', e)
try:
    print('x', flush=True)
except TypeError as e:
    print('TypeError:', e)
