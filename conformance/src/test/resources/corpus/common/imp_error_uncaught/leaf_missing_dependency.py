import sys
sys.stdout.write('leaf runs\n')
import this_module_does_not_exist
