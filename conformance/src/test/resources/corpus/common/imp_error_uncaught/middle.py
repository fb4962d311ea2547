import sys
sys.stdout.write('middle runs\n')
import leaf_missing_dependency
