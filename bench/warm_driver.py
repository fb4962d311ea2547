# The warm figure of bench/run_bench.py --warm: imports one benchmark program and runs its main(size)
# REPEATS times in this one process (CPython's or pyvm's), then prints main's result and the time of
# the last run, when pyvm's JIT has compiled the hot code. Runs on 2.7 and 3.x alike.
#     driver.pyc NAME REPEATS [SIZE]
import sys
import time

name, repeats = sys.argv[1], int(sys.argv[2])
module = __import__(name)
if hasattr(module, 'main'):
    main, default_size = module.main, getattr(module, 'N', None)
else:
    # a builtin module of the same name came first (2.7's exceptions): the program's own file, run as a module
    namespace = {'__name__': 'bench_' + name, '__file__': name + '.py'}
    with open(name + '.py') as source:
        exec(compile(source.read(), name + '.py', 'exec'), namespace)
    main, default_size = namespace['main'], namespace.get('N')
size = int(sys.argv[3]) if len(sys.argv) > 3 else default_size
clock = getattr(time, 'perf_counter', time.time)
result, last = None, 0.0
for _ in range(repeats):
    start = clock()
    result = main(size)
    last = clock() - start
print(result)
print('last-run-seconds %.6f' % last)
