# An argument parser (getargs.c converterr, Argument Clinic) names a wrong argument's type, but says
# "None" for None where messages written by hand say 'NoneType'. Also: unicodedata numbers the
# character argument of functions taking two, __import__ and sys.intern word it per version, and
# str.maketrans says its first argument must be a string when a second is given.
import sys
import array
import unicodedata

calls = [
    "'abc'.encode(None)", "b'abc'.decode(None)", "'abc'.encode('ascii', None)", "'a'.encode(errors=None)",
    "format(1, None)", "'abc'.replace(None, 'x')", "'abc'.replace('a', None)", "sys.stdout.write(None)",
    "sys.stdout.write(1)", "bytes.fromhex(None)", "bytearray.fromhex(7)", "__import__(None)",
    "sys.intern(None)", "str.maketrans(None, 'a')", "str.maketrans('a', None)", "str.maketrans(1, 'a')",
    "str(b'a', None)", "str(b'a', 'ascii', None)", "type(None, (), {})", "type('X', None, {})",
    "array.array(None)", "array.array('u').fromunicode(None)", "unicodedata.name(None)",
    "unicodedata.name(5)", "unicodedata.name('ab')", "unicodedata.category(None)", "unicodedata.category('ab')",
    "unicodedata.normalize(None, 'a')", "unicodedata.normalize('NFC', None)", "unicodedata.digit(None)"
]
for call in calls:
    try:
        print(call, "->", eval(call))
    except TypeError as e:
        print(call, "-> TypeError:", e)
