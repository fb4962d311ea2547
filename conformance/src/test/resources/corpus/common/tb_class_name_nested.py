# The exception line names the class: 2.7 and 3.6 by __name__ with a "__main__." prefix, 3.11 by
# __qualname__ without it (an exception class nested in a class that a function defines).
from __future__ import print_function


def make_errors():
    class Errors(object):
        class ParseError(ValueError):
            pass

        class LimitError(Exception):
            pass
    return Errors


Errors = make_errors()
print(Errors.ParseError.__name__)
try:
    raise Errors.LimitError("caught", 1)
except Exception as e:
    print(type(e).__name__, e.args)


def parse(text):
    if not text.isdigit():
        raise Errors.ParseError("not a number: %r" % text)
    return int(text)


print(parse("12"))
print(parse("1x"))
