# __name__, __file__ (paths show as <DIR>), __package__ and module reprs of the script, a module and a package.
from __future__ import print_function
print('script globals:', [k for k in list(globals().keys()) if k.startswith('__')])
import sys
here = sys.path[0]


def show(path):
    return path.replace(here, '<DIR>')

print('script __name__:', __name__)
print('script __file__ basename:', __file__.split('/')[-1])
print('sys.path[0] is the script folder:', show(sys.path[0]))
import runner
import tools.fmt
print('runner:', runner.__name__, show(runner.__file__))
print('tools:', tools.__name__, show(tools.__file__))
print('tools.fmt:', tools.fmt.__name__, show(tools.fmt.__file__), repr(tools.fmt.__package__))
print('reprs:', show(repr(runner)), show(repr(tools)))
print('sys repr:', repr(sys))
print(runner.main_guard())
print(sorted(k for k in vars(runner) if k.startswith('__') and k not in ('__loader__', '__spec__', '__cached__', '__builtins__')))
if __name__ == '__main__':
    print('the script runs as __main__')
