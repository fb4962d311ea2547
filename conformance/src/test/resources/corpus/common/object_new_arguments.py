# object.__new__(cls, *args) called by name: which extra arguments it refuses, in each version's words


class Plain(object):
    pass


class WithInit(object):
    def __init__(self, *args):
        self.args = args


class WithNew(object):
    def __new__(cls, *args):
        return object.__new__(cls)


class PassesArgs(object):
    def __new__(cls, *args):
        return object.__new__(cls, *args)

    def __init__(self, *args):
        self.args = args


class PassesNoInit(object):
    def __new__(cls, *args):
        return object.__new__(cls, *args)


for label, make in [('plain', lambda: object.__new__(Plain)), ('plain 1', lambda: object.__new__(Plain, 1)),
                    ('init 1 2', lambda: object.__new__(WithInit, 1, 2)), ('new', lambda: WithNew(1, 2)),
                    ('passes', lambda: PassesArgs(1, 2).args), ('passes none', lambda: PassesArgs().args),
                    ('passes no init', lambda: PassesNoInit(3)), ('call plain', lambda: Plain(1)),
                    ('call init', lambda: WithInit(5).args)]:
    try:
        r = make()
        print(label, r if isinstance(r, tuple) else type(r).__name__)
    except TypeError as e:
        print(label, 'TypeError:', e)
