# The print statement: trailing commas, softspace, >> redirection, tuples.
import sys
print "hello"
print "a", "b", 1, 2.5
print "no newline",
print "continues"
print
print "x",
print
print ("tuple", 1)
print "%s-%d" % ("fmt", 3)
print >>sys.stderr, "to stderr"
print >>sys.stdout, "explicit stdout",
print "after redirect"
for i in range(3):
    print i,
print
print "tab\t",
print "after tab"
print "newline\n",
print "after newline"
sys.stdout.write("written")
print "printed"
print 1, None, True, [1, 2], {"k": 1}
