# raw_input() reads stdin lines without the newline; EOFError at the end.
name = raw_input()
print "name:", repr(name)
count = int(raw_input())
values = []
for i in xrange(count):
    values.append(float(raw_input()))
print "values:", values
print "mean: %.3f" % (sum(values) / len(values))
rest = []
while True:
    try:
        rest.append(raw_input())
    except EOFError:
        break
print "rest:", rest
print len(rest) == 2
