# 2.7 exec and eval of byte strings holding non-ASCII bytes: a u'' literal takes the bytes as Latin-1 (no
# coding declaration), a plain literal keeps them; unicode source is compiled as UTF-8.
src = 'u"\xc3\x9f"'
print repr(eval(src)), repr(eval('"\xc3\x9f"'))
exec 'x = u"\xe9"; y = "\xe9"'
print repr(x), repr(y)
exec u'z = "\xe9"; w = u"\xe9"'
print repr(z), repr(w)
print repr(eval('# -*- coding: utf-8 -*-\nu"\xc3\xa9"'))
code = compile('v = u"\xff"', '<s>', 'exec')
exec code
print repr(v)
