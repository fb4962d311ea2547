# The print statement: trailing commas and softspace, print >>sys.stderr, tuples, empty print.
import sys
print "a", "b", 1, 2.5, None
print "no newline",
print "continues on the same line"
print
print ("looks", "like a call")
print ("parenthesised single")
for i in range(5):
    print i,
print
for word in ["x", "y"]:
    print word,
sys.stdout.write("[written]")
print "after write"
print "tab\t",
print "newline-ending\n",
print "softspace reset"
print >>sys.stderr, "to stderr", 42
print >>sys.stderr, "stderr no newline",
print >>sys.stderr
print >>sys.stdout, "explicit stdout", [1, 2]
class Collector(object):
    def __init__(self):
        self.parts = []
        self.softspace = 0
    def write(self, s):
        self.parts.append(s)
c = Collector()
print >>c, "one", "two",
print >>c, "three"
print >>c
print c.parts
print "%s=%d" % ("x", 5), "%5.2f" % 3.14159
print "multi", ; print "statement"
print repr("quoted"), str(u"unicode"), u"uni", 10L
print 1, ; print 2
x = 3
print "x is", x, "and x*2 is", x * 2
sys.stderr.write("plain stderr write\n")
print "", "leading empty string"
print "end"
