from __future__ import print_function
import sys

# A program that merges its error stream into its output: the traceback of the
# exception nobody catches lands on stdout, after what was printed before it.

class ConfigError(Exception):
    def __init__(self, key, problem):
        Exception.__init__(self, key, problem)
        self.key = key
        self.problem = problem

    def __str__(self):
        return 'setting %r: %s' % (self.key, self.problem)

def parse(settings):
    parsed = {}
    for line in settings:
        key, sep, value = line.partition('=')
        if not sep:
            raise ConfigError(key, 'no "=" in line')
        try:
            parsed[key.strip()] = int(value)
        except ValueError:
            raise ConfigError(key.strip(), 'not a number: %r' % value.strip())
    return parsed

print('stdout before', file=sys.stdout)
print('stderr before', file=sys.stderr)
sys.stderr.flush()
sys.stderr = sys.stdout
print('merged now', file=sys.stderr)
print(sorted(parse(['a = 1', 'b=2']).items()))
try:
    parse(['size'])
except ConfigError as e:
    print('caught:', e, e.args)
print('about to fail')
parse(['width = 10', 'height = ten'])
print('never printed')
