# textwrap: wrap, fill, shorten-like use, dedent, indent, TextWrapper options.
from __future__ import print_function
import textwrap

text = ("The quick brown fox jumps over the lazy dog. " * 3).strip()
print(textwrap.wrap(text, 20))
print(textwrap.fill(text, 30))
print(textwrap.fill(text, width=25, initial_indent='* ', subsequent_indent='  '))
w = textwrap.TextWrapper(width=12, break_long_words=True)
print(w.wrap('supercalifragilisticexpialidocious is long'))
w2 = textwrap.TextWrapper(width=12, break_long_words=False)
print(w2.wrap('supercalifragilisticexpialidocious is long'))
print(textwrap.wrap('a\tb\tc', 8, expand_tabs=True))
print(textwrap.wrap('one.  Two', 40, fix_sentence_endings=True))
print(textwrap.wrap('  leading and trailing  ', 40))
print(textwrap.wrap('', 10))
block = '''
    def f():
        return 1
    '''
print(repr(textwrap.dedent(block)))
print(repr(textwrap.dedent('  a\n    b\n  c')))
print(textwrap.fill('well-known hyphenated-words wrap nicely', 10))
