from __future__ import print_function


class MinHeap(object):
    def __init__(self, key=lambda x: x):
        self.items = []
        self.key = key

    def push(self, item):
        self.items.append(item)
        self._up(len(self.items) - 1)

    def pop(self):
        if not self.items:
            raise IndexError("pop from empty heap")
        last = self.items.pop()
        if not self.items:
            return last
        top, self.items[0] = self.items[0], last
        self._down(0)
        return top

    def _less(self, i, j):
        return self.key(self.items[i]) < self.key(self.items[j])

    def _up(self, i):
        while i > 0:
            parent = (i - 1) // 2
            if not self._less(i, parent):
                break
            self.items[i], self.items[parent] = self.items[parent], self.items[i]
            i = parent

    def _down(self, i):
        n = len(self.items)
        while True:
            smallest = i
            for c in (2 * i + 1, 2 * i + 2):
                if c < n and self._less(c, smallest):
                    smallest = c
            if smallest == i:
                return
            self.items[i], self.items[smallest] = self.items[smallest], self.items[i]
            i = smallest

    def __len__(self):
        return len(self.items)

    def __bool__(self):
        return bool(self.items)
    __nonzero__ = __bool__


class Task(object):
    counter = 0

    def __init__(self, name, priority, steps):
        Task.counter += 1
        self.seq = Task.counter
        self.name = name
        self.priority = priority
        self.gen = self.run(steps)
        self.log = []

    def run(self, steps):
        total = 0
        for i in range(steps):
            got = yield "%s step %d/%d" % (self.name, i + 1, steps)
            if got:
                total += got
        if self.name.startswith("bad"):
            raise RuntimeError("task %s crashed after %d steps" % (self.name, steps))
        yield "%s done (received %d)" % (self.name, total)

    def __repr__(self):
        return "<Task %s p=%d #%d>" % (self.name, self.priority, self.seq)


def schedule(tasks, quantum_log):
    heap = MinHeap(key=lambda t: (t.priority, t.seq))
    for t in tasks:
        heap.push(t)
    tick = 0
    first = True
    while heap:
        task = heap.pop()
        tick += 1
        try:
            msg = next(task.gen) if first or tick % 3 else task.gen.send(tick)
        except StopIteration:
            quantum_log.append((tick, task.name, "finished"))
            continue
        except RuntimeError as e:
            quantum_log.append((tick, task.name, "error: %s" % e))
            continue
        print("t=%02d %-12s %s" % (tick, task.name, msg))
        task.priority += 2
        task.seq = Task.counter = Task.counter + 1
        heap.push(task)
    return tick


tasks = [Task("compile", 1, 2), Task("backup", 5, 1), Task("bad-index", 2, 2), Task("email", 3, 3)]
log = []
print(sorted(tasks, key=lambda t: -t.priority))
ticks = schedule(tasks, log)
print("ticks:", ticks)
for entry in log:
    print("  %3d %-10s %s" % entry)
h = MinHeap()
for x in [5, 3, 9, 1, 7, 1, 8]:
    h.push(x)
print([h.pop() for _ in range(len(h))], bool(h), len(h))
words = MinHeap(key=len)
for w in "the quick brown fox jumps over a lazy dog".split():
    words.push(w)
print([len(words.pop()) for _ in range(4)])
h.pop()
