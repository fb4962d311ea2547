# raw_input after a 'print x,' writes the pending space first (2.7's softspace), prompt or not
print "A:",
s = raw_input("prompt: ")
print repr(s)
print "B",
t = raw_input()
print repr(t)
print "C",
print "D"
