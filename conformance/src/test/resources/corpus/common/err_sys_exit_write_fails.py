# sys.exit with a message when sys.stderr's write raises: CPython's handle_system_exit drops the error of writing
# the message, writes the newline after it to the C stream when that write fails too, and exits with status 1.
from __future__ import print_function
import sys


class Broken(object):
    def __init__(self):
        self.calls = []

    def write(self, text):
        self.calls.append(text)
        sys.__stdout__.write('write %r\n' % (text,))
        raise AttributeError('no stream for %r' % (text,))

    def flush(self):
        sys.__stdout__.write('flush\n')


print('before')
sys.stdout.flush()
sys.stderr = Broken()
try:
    sys.exit('caught first')
except SystemExit as e:
    print('caught:', e.code)
sys.stdout.flush()
sys.exit('giving up')
