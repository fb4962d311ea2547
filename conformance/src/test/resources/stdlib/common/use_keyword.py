# keyword: the keyword list and iskeyword.
from __future__ import print_function
import keyword

print(sorted(keyword.kwlist))
print(len(keyword.kwlist))
for w in ['if', 'print', 'exec', 'None', 'True', 'async', 'await', 'match', 'spam', 'nonlocal']:
    print(w, keyword.iskeyword(w))
print([w for w in 'def x ( ) : return lambda yield'.split() if keyword.iskeyword(w)])
