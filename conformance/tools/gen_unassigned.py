"""Writes the code point ranges one CPython's Unicode database leaves unassigned (category Cn), one "FIRST LAST" pair
of hex numbers per line.

Run with each CPython 3 (pythonX.Y conformance/tools/gen_unassigned.py > vm-core/src/main/resources/org/pyvm/core/objects/unassigned-X.Y.txt).
pyvm answers str.isprintable() and repr()'s escaping from the JVM's Unicode tables, a newer Unicode than CPython's
(3.6 has 9.0, 3.11 14.0): a character assigned since, an emoji of 2018 say, is unassigned to that CPython, so not
printable, and repr() escapes it.
"""
import sys
import unicodedata

chr_ = getattr(__builtins__, 'unichr', chr)
ranges = []
start = None
for c in range(sys.maxunicode + 1):
    unassigned = unicodedata.category(chr_(c)) == 'Cn'
    if unassigned and start is None:
        start = c
    elif not unassigned and start is not None:
        ranges.append((start, c - 1))
        start = None
if start is not None:
    ranges.append((start, sys.maxunicode))
sys.stdout.write('# unicodedata %s\n' % unicodedata.unidata_version)
sys.stdout.write(''.join('%X %X\n' % r for r in ranges))
