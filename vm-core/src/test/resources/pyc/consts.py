"""Constants of every marshal type the compilers write."""
import sys
from os import path as p

small = 7
negative = -12345
wide = 4294967296
huge = 1180591620717411303424
neghuge = -1180591620717411303424
ratio = 1.5
tiny = 1e-300
cplx = 2.5j
text = u"h\xe9llo \u20ac \U0001f600"
lone = u"\ud800x"
raw = b"raw\x00\xffbytes"
pair = (1, 2.5, "t", None, (), ("nested", (1,)))
nothing = None
empty = ()
long_name = "x" * 3
ascii_long = "abcdefghij" "abcdefghij" "abcdefghij" "abcdefghij" "abcdefghij" "abcdefghij" "abcdefghij" "abcdefghij" "abcdefghij" "abcdefghij" "abcdefghij" "abcdefghij" "abcdefghij" "abcdefghij" "abcdefghij" "abcdefghij" "abcdefghij" "abcdefghij" "abcdefghij" "abcdefghij" "abcdefghij" "abcdefghij" "abcdefghij" "abcdefghij" "abcdefghij" "abcdefghij"


def func(x, y=3, *args, **kw):
    """Doc of func."""
    z = x + y

    def inner(a):
        return a + z
    return inner(len(args) + len(kw))


class K(object):
    """Doc of K."""

    def method(self, v):
        return v in (1, 2) or v in {3, 4}


def gen(n):
    for i in range(n):
        yield i * 2.0


print(func(1), K().method(3), list(gen(2)), len(text), sys.maxsize > 0)
