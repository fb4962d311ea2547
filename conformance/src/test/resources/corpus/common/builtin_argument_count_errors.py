# Builtin functions and classmethods called with the wrong number of arguments: each version's own
# words (METH_O, METH_NOARGS, PyArg_UnpackTuple, PyArg_ParseTuple(AndKeywords), Argument Clinic).
tests = [
    ("all(1, 2)", lambda: all(1, 2)), ("any()", lambda: any()), ("bin(1, 2)", lambda: bin(1, 2)),
    ("hex(1, 2)", lambda: hex(1, 2)), ("oct()", lambda: oct()), ("globals(1)", lambda: globals(1)),
    ("locals(1, 2)", lambda: locals(1, 2)), ("dir(1, 2)", lambda: dir(1, 2)), ("vars(1, 2)", lambda: vars(1, 2)),
    ("eval()", lambda: eval()), ("eval(1, 2, 3, 4)", lambda: eval(1, 2, 3, 4)), ("format()", lambda: format()),
    ("format(1, 2, 3)", lambda: format(1, 2, 3)), ("round()", lambda: round()), ("round(1, 2, 3)", lambda: round(1, 2, 3)),
    ("pow()", lambda: pow()), ("pow(1)", lambda: pow(1)), ("pow(1, 2, 3, 4)", lambda: pow(1, 2, 3, 4)),
    ("sum()", lambda: sum()), ("sum(1, 2, 3)", lambda: sum(1, 2, 3)), ("compile()", lambda: compile()),
    ("compile('x', 'f')", lambda: compile('x', 'f')), ("open()", lambda: open()),
    ("int.bit_length(1)", lambda: int.bit_length(1)), ("(1).bit_length(1)", lambda: (1).bit_length(1)),
    ("float.is_integer(1)", lambda: float.is_integer(1)), ("(1.5).is_integer(2)", lambda: (1.5).is_integer(2)),
    ("float.fromhex()", lambda: float.fromhex()), ("float.__getformat__()", lambda: float.__getformat__()),
    ("float.__getformat__('double')", lambda: float.__getformat__('double')),
    ("float.__getformat__('x')", lambda: float.__getformat__('x')), ("float.__getformat__(1)", lambda: float.__getformat__(1)),
    ("(1).__add__()", lambda: (1).__add__()), ("(1).__add__(1, 2)", lambda: (1).__add__(1, 2)),
    ("(1.5).__mul__()", lambda: (1.5).__mul__()), ("'a'.__len__(1)", lambda: 'a'.__len__(1)),
    ("object.__new__()", lambda: object.__new__()), ("object.__new__(1)", lambda: object.__new__(1)),
    ("len()", lambda: len()), ("len(1, 2)", lambda: len(1, 2)), ("divmod(1)", lambda: divmod(1)),
    ("isinstance(1)", lambda: isinstance(1)), ("getattr(1)", lambda: getattr(1)), ("min()", lambda: min()),
    ("iter()", lambda: iter()), ("next()", lambda: next()), ("hash()", lambda: hash()), ("chr()", lambda: chr()),
    ("ord()", lambda: ord()), ("repr()", lambda: repr()), ("callable()", lambda: callable()),
    ("[].append()", lambda: [].append()), ("{}.get()", lambda: {}.get()), ("'a'.join()", lambda: 'a'.join()),
    ("setattr(1, 2)", lambda: setattr(1, 2)), ("delattr(1)", lambda: delattr(1)), ("abs()", lambda: abs()),
]
for text, f in tests:
    try:
        print("%s -> %r" % (text, f()))
    except Exception as e:
        print("%s -> %s: %s" % (text, type(e).__name__, e))
