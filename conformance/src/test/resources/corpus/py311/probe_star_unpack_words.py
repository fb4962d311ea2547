# [*x] of what cannot be iterated: 3.9+'s LIST_EXTEND says "Value after * must be an iterable"; a set
# display and a call keep their own words.
def t(label, f):
    try:
        r = f()
        print(label, '->', repr(r))
    except Exception as e:
        print(label, '->', type(e).__name__, e)

class Raises:
    def __iter__(self):
        raise TypeError('from __iter__')

class Indexed:
    def __getitem__(self, i):
        raise TypeError('from __getitem__')

t('[*None]', lambda: [*None])
t('[1, *5]', lambda: [1, *5])
t('(*None,)', lambda: (*None,))
t('{*5}', lambda: {*5})
t('print(*None)', lambda: print(*None))
t('[*Raises()]', lambda: [*Raises()])
t('[*Indexed()]', lambda: [*Indexed()])
t('[*{}]', lambda: [*{}])
t('[*"ab", *b"c"]', lambda: [*"ab", *b"c"])
