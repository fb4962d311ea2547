import sys
import atexit
atexit.register(lambda: print('atexit handler'))
results = {}
for n in range(1, 6):
    results[n] = n * n
print(results)
sys.stdout.write('partial line')
sys.exit(sum(results.values()) % 256)
