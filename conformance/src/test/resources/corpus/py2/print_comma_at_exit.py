# A print statement ending in a comma leaves sys.stdout's softspace set; CPython ends that line with "\n" when
# the main module finishes and again after sys.exitfunc (atexit) runs, so the output ends in a newline.
import atexit
import sys


class Recorder(object):
    """A stdout of the program's own: the flush at exit writes its "\\n" through write() too."""

    def __init__(self, real):
        self.real = real
        self.softspace = 0

    def write(self, s):
        self.real.write("<" + s + ">")


def goodbye():
    print "atexit",
    print "runs", len(sys.argv),


atexit.register(goodbye)
for word in ["one", "two", "three"]:
    print word,
print
print "then", "more",
print >>sys.stderr, "on stderr",
saved = sys.stdout
sys.stdout = Recorder(saved)
print "through", "recorder",
sys.stdout = saved
print "last",
