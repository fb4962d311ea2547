class TransitionError(Exception):
    pass


class Machine:
    registry = {}

    def __init_subclass__(cls, start=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.start = start
        cls.transitions = {}
        for name, fn in list(vars(cls).items()):
            spec = getattr(fn, '_on', None)
            if spec:
                for src in spec[0]:
                    cls.transitions[(src, spec[1])] = fn
        Machine.registry[cls.__name__] = cls

    def __init__(self):
        self.state = self.start
        self.trail = [self.state]

    def fire(self, event, *args):
        try:
            handler = self.transitions[(self.state, event)]
        except KeyError:
            raise TransitionError(f"{type(self).__name__}: no '{event}' from {self.state}") from None
        try:
            new = handler(self, *args)
        except Exception as exc:
            raise TransitionError(f"handler for {event} failed") from exc
        self.state = new
        self.trail.append(new)
        return self


def on(sources, event):
    def deco(fn):
        fn._on = (sources.split(), event)
        return fn
    return deco


class Door(Machine, start='closed'):
    @on('closed', 'open')
    def _open(self):
        return 'open'

    @on('open', 'close')
    def _close(self):
        return 'closed'

    @on('closed', 'lock')
    def _lock(self, code):
        self.code = code
        return 'locked'

    @on('locked', 'unlock')
    def _unlock(self, code):
        if code != self.code:
            raise ValueError(f"wrong code {code}")
        return 'closed'


class Traffic(Machine, start='red'):
    @on('red', 'tick')
    def _go(self):
        return 'green'

    @on('green', 'tick')
    def _slow(self):
        return 'yellow'

    @on('yellow', 'tick')
    def _stop(self):
        return 'red'


print(sorted(Machine.registry), Door.start, Traffic.start)
print(sorted(k for k in Door.transitions))
d = Door()
d.fire('open').fire('close').fire('lock', 1234)
for event, args in [('open', ()), ('unlock', (1111,)), ('unlock', (1234,)), ('open', ()), ('jump', ())]:
    try:
        d.fire(event, *args)
        print("ok", event, '->', d.state)
    except TransitionError as e:
        cause = e.__cause__
        print("refused:", e, "| cause:", repr(cause), "| suppress:", e.__suppress_context__)
print(d.trail)
t = Traffic()
for _ in range(7):
    t.fire('tick')
print(' -> '.join(t.trail))


def risky(n):
    try:
        return 10 // n
    except ZeroDivisionError:
        raise ValueError("n must not be zero")
    finally:
        print("risky", n, "done")


for n in (5, 0):
    try:
        print(risky(n))
    except ValueError as e:
        ctx = e.__context__
        print(f"{e!r} context={ctx!r} cause={e.__cause__!r}")
try:
    try:
        {}['missing']
    except KeyError as k:
        raise RuntimeError("lookup failed") from k
except RuntimeError as r:
    print(type(r.__cause__).__name__, r.__cause__.args, r.__context__ is r.__cause__)
d.fire('close').fire('lock', 5).fire('unlock', 9)
