import sys
sys.stdout.write('shop/__init__ runs as ' + __name__ + '\n')
VERSION = '1.0'
init_runs = globals().get('init_runs', 0) + 1
