import sys
sys.stdout.write('first starts\n')
from second import helper_value


def first_value():
    return 1
