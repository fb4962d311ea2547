import sys
sys.stdout.write('broken module body runs\n')
PARTIAL = True
1 / 0
