# Binary special methods of builtin types called by name: numbers answer NotImplemented for
# operands they do not take; sequences' concatenation and repetition slots raise as CPython's do.


class Reflect(object):
    def __radd__(self, other):
        return "radd"

    def __rmul__(self, other):
        return "rmul"


tests = [
    ('"a".__add__(1)', lambda: "a".__add__(1)),
    ('(1).__add__("a")', lambda: (1).__add__("a")),
    ('(1.5).__add__("a")', lambda: (1.5).__add__("a")),
    ('[1].__add__((1,))', lambda: [1].__add__((1,))),
    ('(1,).__add__([1])', lambda: (1,).__add__([1])),
    ('(1).__sub__(1.5)', lambda: (1).__sub__(1.5)),
    ('(1.5).__mul__(2)', lambda: (1.5).__mul__(2)),
    ('(2).__mul__([1])', lambda: (2).__mul__([1])),
    ('[1].__mul__("x")', lambda: [1].__mul__("x")),
    ('"a".__mul__(2.0)', lambda: "a".__mul__(2.0)),
    ('"a".__mod__(1)', lambda: "a".__mod__(1)),
    ('"a".__lt__(1)', lambda: "a".__lt__(1)),
    ('[1].__eq__((1,))', lambda: [1].__eq__((1,))),
    ('(1.0).__eq__(1)', lambda: (1.0).__eq__(1)),
    ('(1).__radd__(1.5)', lambda: (1).__radd__(1.5)),
    ('(1.5).__radd__(1)', lambda: (1.5).__radd__(1)),
    ('(1).__truediv__(0.5)', lambda: (1).__truediv__(0.5)),
    ('{}.__eq__([])', lambda: {}.__eq__([])),
    ('(1).__and__(1.0)', lambda: (1).__and__(1.0)),
    ('set().__or__([1])', lambda: set().__or__([1])),
    ('frozenset().__sub__([])', lambda: frozenset().__sub__([])),
    ('[1].__iadd__(3)', lambda: [1].__iadd__(3)),
    ('[1].__iadd__((2,))', lambda: [1].__iadd__((2,))),
    ('[1].__imul__(2)', lambda: [1].__imul__(2)),
    ('"a".__rmul__(2)', lambda: "a".__rmul__(2)),
    ('[1].__rmul__(2)', lambda: [1].__rmul__(2)),
    ('"ab".__rmul__(2.0)', lambda: "ab".__rmul__(2.0)),
    ('(1).__divmod__(1.0)', lambda: (1).__divmod__(1.0)),
    ('(1).__pow__(2.0)', lambda: (1).__pow__(2.0)),
    ('(1,).__mul__(1.5)', lambda: (1,).__mul__(1.5)),
    ('(1,).__lt__([1])', lambda: (1,).__lt__([1])),
    ('"a".__eq__(1)', lambda: "a".__eq__(1)),
    ('b"a".__add__(1)', lambda: b"a".__add__(1)),
    ('(1).__add__(True)', lambda: (1).__add__(True)),
    ('(1).__mod__(1.5)', lambda: (1).__mod__(1.5)),
    ('(1.5).__rmod__(1)', lambda: (1.5).__rmod__(1)),
    ('complex(1, 2).__add__(1)', lambda: complex(1, 2).__add__(1)),
    ('complex(1, 2).__rsub__(1)', lambda: complex(1, 2).__rsub__(1)),
    ('complex(1, 2).__mul__(2.0)', lambda: complex(1, 2).__mul__(2.0)),
    ('complex(1).__add__("a")', lambda: complex(1).__add__("a")),
    ('(1).__radd__("a")', lambda: (1).__radd__("a")),
    ('"%s".__rmod__(1)', lambda: "%s".__rmod__(1)),
    ('"a".__add__(Reflect())', lambda: "a".__add__(Reflect())),
    ('"a" + Reflect()', lambda: "a" + Reflect()),
    ('[1] * Reflect()', lambda: [1] * Reflect()),
    ('[1] * "x"', lambda: [1] * "x"),
    ('2.5 * "ab"', lambda: 2.5 * "ab"),
    ('"ab" * 2.5', lambda: "ab" * 2.5),
]

for text, f in tests:
    try:
        r = f()
        print("%s -> %r" % (text, r))
    except Exception as e:
        print("%s -> %s: %s" % (text, type(e).__name__, e))

x = [1]
try:
    x *= "x"
except TypeError as e:
    print("list *= str: %s" % e)
try:
    x += 3
except TypeError as e:
    print("list += int: %s" % e)
x += (2,)
print(x)
