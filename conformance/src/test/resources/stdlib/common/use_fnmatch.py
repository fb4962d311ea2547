# fnmatch: shell-style matching of names.
from __future__ import print_function
import fnmatch

names = ['a.py', 'b.txt', 'c.PY', 'data1.csv', 'data22.csv', '[x].py', 'readme']
for pat in ['*.py', '*.[tc]*', 'data?.csv', 'data*', '[!a-b]*', '*', '[[]x].py', 'read*e']:
    print(pat, fnmatch.filter(names, pat))
print(fnmatch.fnmatchcase('c.PY', '*.py'), fnmatch.fnmatch('a.py', 'A.PY'))
print(fnmatch.translate('*.py') == fnmatch.translate('*.py'), len(fnmatch.translate('a?[bc]*')) > 0)
