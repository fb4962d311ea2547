import sys
sys.stdout.write('second starts\n')
from first import first_value
helper_value = 2
