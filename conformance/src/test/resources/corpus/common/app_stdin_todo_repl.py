from __future__ import print_function
import sys

try:
    read = raw_input
except NameError:
    read = input


class Todo(object):
    def __init__(self):
        self.items = []
        self.done = set()

    def cmd_add(self, *words):
        if not words:
            raise ValueError('add what?')
        self.items.append(' '.join(words))
        return 'added #%d' % len(self.items)

    def cmd_done(self, num):
        i = int(num)
        if not 1 <= i <= len(self.items):
            raise IndexError('no item #%d (have %d)' % (i, len(self.items)))
        self.done.add(i)
        return 'completed %r' % self.items[i - 1]

    def cmd_list(self):
        if not self.items:
            return '(nothing to do)'
        return '\n'.join('%2d [%s] %s' % (i, 'x' if i in self.done else ' ', t)
                         for i, t in enumerate(self.items, 1))

    def cmd_stats(self):
        n = len(self.items)
        pct = 100.0 * len(self.done) / n if n else 0
        return '{0} items, {1} done ({2:.0f}%)'.format(n, len(self.done), pct)


todo = Todo()
count = 0
while True:
    try:
        line = read('todo> ')
    except EOFError:
        print()
        break
    count += 1
    parts = line.split()
    if not parts:
        continue
    if parts[0] == 'quit':
        print('bye after', count, 'commands')
        break
    handler = getattr(todo, 'cmd_' + parts[0], None)
    if handler is None:
        print('unknown command:', parts[0], file=sys.stderr)
        continue
    try:
        print(handler(*parts[1:]))
    except (ValueError, IndexError) as e:
        print('error: %s: %s' % (type(e).__name__, e))
    except TypeError:
        print('error: wrong number of arguments for', parts[0])
print(todo.cmd_stats())
print(sorted(todo.done), len(todo.items))
todo.cmd_done('7')
