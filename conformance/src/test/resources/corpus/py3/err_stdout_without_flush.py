import sys

# sys.stdout replaced by an object that can write but not flush: CPython flushes the
# standard streams as it ends, reports the failure on stderr and exits with status 120
# (whatever sys.exit asked for).

class Tee:
    def __init__(self, name, can_flush):
        self.name = name
        self.can_flush = can_flush
        self.lines = []

    def write(self, text):
        self.lines.append(text)
        sys.__stdout__.write('[%s] %r\n' % (self.name, text))
        return len(text)

    def __getattr__(self, attr):
        if attr == 'flush' and self.can_flush:
            return lambda: sys.__stdout__.write('[%s] flush\n' % self.name)
        raise AttributeError('%s has no %s' % (self.name, attr))

    def __repr__(self):
        return '<Tee %s>' % self.name

sys.stdout = Tee('out', False)
print('hello', 42)
print('pieces', 'are', 'written', sep='|')
try:
    sys.stdout.flush()
except AttributeError as e:
    print('AttributeError:', e)
print('lines so far:', len(sys.stdout.lines))
sys.exit(3)
