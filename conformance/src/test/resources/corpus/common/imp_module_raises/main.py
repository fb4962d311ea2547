# A module whose body raises (not an ImportError), uncaught: frames of main, the module body and
# the function it called, then the exception.
import sys
sys.stdout.write('before\n')
import calc
sys.stdout.write('after\n')
