# shlex: splitting command lines like a shell, and the lexer itself.
from __future__ import print_function
import shlex

print(shlex.split('ls -l "my file.txt" \'single q\' a\\ b'))
print(shlex.split('echo "nested \\"quote\\"" # comment', comments=True))
print(shlex.split('a=1 b="two words"'))
print(shlex.split('x y', posix=False), shlex.split('"q" \'r\'', posix=False))
lex = shlex.shlex('foo = bar(1, "two") + baz')
print(list(lex))
lex = shlex.shlex('a b;c', posix=True)
lex.whitespace_split = True
print(list(lex))
try:
    shlex.split('unterminated "quote')
except ValueError as e:
    print('ValueError', e)
