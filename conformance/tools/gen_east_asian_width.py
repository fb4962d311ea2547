"""Writes one CPython's East Asian Width property: the runs of code points whose width is not N, one
"FIRST LAST WIDTH" line each (hex numbers; WIDTH one of A, F, H, Na, W).

Run with each CPython (pythonX.Y conformance/tools/gen_east_asian_width.py > vm-core/src/main/resources/org/pyvm/core/objects/east-asian-width-X.Y.txt).
pyvm answers unicodedata.east_asian_width() from it, and 3.11 measures its traceback's position carets with it
(a W or F character takes two columns); the JVM has no such property.
"""
import sys
import unicodedata

chr_ = getattr(__builtins__, 'unichr', chr)
out = []
start, current = None, None
for c in range(sys.maxunicode + 1):
    w = unicodedata.east_asian_width(chr_(c))
    if w != current:
        if current is not None and current != 'N':
            out.append('%X %X %s\n' % (start, c - 1, current))
        start, current = c, w
if current != 'N':
    out.append('%X %X %s\n' % (start, sys.maxunicode, current))
sys.stdout.write('# unicodedata %s\n' % unicodedata.unidata_version)
sys.stdout.write(''.join(out))
