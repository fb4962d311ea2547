# sys.exit with a message writes it to sys.stderr as the program left it (here sys.stdout) and exits 1.
from __future__ import print_function
import sys

print("before")
sys.stderr = sys.stdout
print("stderr replaced")
sys.exit("the exit message, in stdout")
