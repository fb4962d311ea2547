# Calling the function type with its required code and globals left out: 2.7 and 3.6 parse the arguments
# one by one with getargs.c ("Required argument 'code' (pos 1) not found", a wrong first argument's type
# before a missing second); 3.7+'s Argument Clinic counts them first ("function() missing required
# argument 'globals' (pos 2)").
from __future__ import print_function


def template(x):
    return x + 1


FunctionType = type(template)
code = template.__code__
calls = [
    ("()", lambda: FunctionType()),
    ("(code)", lambda: FunctionType(code)),
    ("(1)", lambda: FunctionType(1)),
    ("(code, 1)", lambda: FunctionType(code, 1)),
    ("(1, {})", lambda: FunctionType(1, {})),
    ("(code, {})", lambda: FunctionType(code, {})(41)),
    ("(code, globals(), 'renamed')", lambda: FunctionType(code, globals(), "renamed").__name__),
]
for label, call in calls:
    try:
        print(label, repr(call()))
    except TypeError as e:
        print(label, type(e).__name__, e)
