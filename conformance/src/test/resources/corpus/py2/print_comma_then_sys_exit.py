# sys.exit with a message: the open print line is ended on stdout, the message goes to stderr, status 1.
import sys

print "partial", "line",
sys.exit("stopping here")
