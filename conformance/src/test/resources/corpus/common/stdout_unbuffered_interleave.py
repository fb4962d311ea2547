# What sys.stdout and sys.stderr write. Under PYTHONUNBUFFERED (python -u) both reach a shared pipe in
# program order (3.6: stdout a line at a time), as its .merged golden shows; otherwise stdout comes at the
# end, and the traceback of the uncaught exception last of all.
from __future__ import print_function
import sys

print("first line of stdout")
sys.stderr.write("a line of stderr\n")
print("no newline yet", end="")
sys.stderr.write("stderr between\n")
sys.stdout.write(" ... the line ends\n")
print("to stderr through print", file=sys.stderr)
for i in range(3):
    print("loop", i)
    sys.stderr.write("err %d\n" % i)
sys.stdout.write("partial ")
print("line_buffering:", getattr(sys.stdout, "line_buffering", "n/a"), file=sys.stderr)
print("done")
raise RuntimeError("the end")
