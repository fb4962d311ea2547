import sys

# When CPython flushes the program's own sys.stdout and sys.stderr: once the main
# module ends, and again as the interpreter finalizes (after atexit's callbacks).

events = []

class Stream:
    def __init__(self, name):
        self.name = name
    def write(self, text):
        events.append((self.name, 'write', text))
        sys.__stdout__.write('%s write %r\n' % (self.name, text))
        return len(text)
    def flush(self):
        sys.__stdout__.write('%s flush\n' % self.name)

class Closed(Stream):
    closed = True

import atexit

def goodbye():
    sys.__stdout__.write('atexit: %d writes seen\n' % len(events))

atexit.register(goodbye)
sys.stdout = Stream('out')
sys.stderr = Closed('err')
print('one', 'two')
print('to stderr', file=sys.stderr)
sys.stdout.flush()
print('last line')
