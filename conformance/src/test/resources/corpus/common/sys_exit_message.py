# sys.exit with a string prints it to stderr and exits with status 1; SystemExit can be caught.
import sys

try:
    sys.exit(7)
except SystemExit as e:
    print("caught SystemExit %r" % (e.code,))
try:
    sys.exit()
except SystemExit as e:
    print("caught SystemExit %r" % (e.code,))
sys.stdout.write("before exit\n")
sys.exit("fatal: giving up")
