from __future__ import print_function
import sys

class Recorder(object):
    """A file-like object that records every write and flush it is asked for."""
    def __init__(self):
        self.calls = []
    def write(self, text):
        self.calls.append(('write', text))
        return len(text)
    def flush(self):
        self.calls.append(('flush',))

class Loud(object):
    def __init__(self, name):
        self.name = name
    def __str__(self):
        if self.name == 'bad':
            raise ValueError('cannot show ' + self.name)
        return '<' + self.name + '>'

def show(rec):
    for call in rec.calls:
        print('   ', call[0], repr(call[1]) if len(call) > 1 else '')
    del rec.calls[:]

rec = Recorder()
print('a', 1, 2.5, file=rec)
show(rec)
print(file=rec)
show(rec)
print('x', 'y', sep='--', end='!\n', file=rec)
show(rec)
print('only', sep=None, end=None, file=rec)
show(rec)
print(Loud('one'), Loud('two'), file=rec)
show(rec)
try:
    print(Loud('one'), Loud('bad'), Loud('three'), file=rec)
except ValueError as e:
    print('ValueError:', e)
show(rec)

class NoWrite(object):
    pass

for target in (NoWrite(), 42):
    try:
        print('lost', file=target)
    except AttributeError as e:
        print('AttributeError:', e)

class NoFlush(object):
    def write(self, text):
        pass

if sys.version_info >= (3,):
    print('flushed', file=rec, flush=True)
    show(rec)
    print('not flushed', file=rec, flush=False)
    show(rec)
    try:
        print('x', file=NoFlush(), flush=True)
    except AttributeError as e:
        print('AttributeError:', e)

saved = sys.stdout
sys.stdout = None
print('nobody sees this')
sys.stdout = rec
print('to the recorder', 7)
sys.stdout = saved
show(rec)

# to the real stdout too, the pieces before a failing str() are already written
try:
    print('first', Loud('bad'), 'never')
except ValueError as e:
    print()
    print('ValueError:', e)
print('done')
