# difflib: unified/context diffs, ndiff, SequenceMatcher, close matches.
from __future__ import print_function
import difflib

a = 'one\ntwo\nthree\nfour\nfive\n'.splitlines(True)
b = 'zero\none\ntwo\n3\nfour\nfive\nsix\n'.splitlines(True)
print(''.join(difflib.unified_diff(a, b, 'a.txt', 'b.txt')))
print(''.join(difflib.context_diff(a, b, 'a.txt', 'b.txt')))
print(''.join(difflib.ndiff(['abcde\n', 'same\n'], ['abXde\n', 'same\n'])))
s = difflib.SequenceMatcher(None, 'abxcd', 'abcd')
print(round(s.ratio(), 6), s.get_matching_blocks())
print(s.get_opcodes())
s = difflib.SequenceMatcher(lambda c: c == ' ', 'private Thread currentThread;', 'private volatile Thread currentThread;')
print(round(s.ratio(), 6), round(s.quick_ratio(), 6), round(s.real_quick_ratio(), 6))
print(s.find_longest_match(0, 10, 0, 20))
print(difflib.get_close_matches('appel', ['ape', 'apple', 'peach', 'puppy']))
print(difflib.get_close_matches('wheel', ['while', 'wheat', 'whale', 'steel'], n=2, cutoff=0.5))
print(list(difflib.restore(difflib.ndiff(['x\n'], ['y\n']), 2)))
