from __future__ import print_function
import sys

class Collect(object):
    def __init__(self):
        self.parts = []
    def write(self, text):
        self.parts.append(text)
        sys.__stdout__.write('collected %r\n' % (text,))
    def flush(self):
        sys.__stdout__.write('flush\n')

def run(argv):
    if len(argv) < 3:
        raise SystemExit('usage: prog NAME COUNT (got %d arguments)' % (len(argv) - 1))
    return 0

sys.stderr = Collect()
try:
    run(['prog'])
except SystemExit as e:
    print('caught SystemExit:', e.code)
print('exiting for real')
sys.exit(run(['prog', 'x']) or 'fatal: giving up')
