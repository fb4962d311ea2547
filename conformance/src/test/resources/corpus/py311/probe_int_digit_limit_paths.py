# 3.11's limit on decimal digits holds on every road: int() of text (counting the digits it reads, in bases
# that are no power of two), str(), repr(), %d, format() and f-strings.
def t(label, f):
    try:
        r = f()
        print(label, '->', repr(r)[:40])
    except Exception as e:
        print(label, '->', type(e).__name__, e)

big = 10 ** 5000
t('int 5000 digits', lambda: int('1' * 5000))
t('int 4300 digits', lambda: len(str(int('9' * 4300))))
t('int 4301 digits', lambda: int('9' * 4301))
t('int with underscores', lambda: int('1_0' * 2200))
t('int then junk', lambda: int('1' * 4400 + 'x'))
t('int junk early', lambda: int('12x' + '1' * 5000))
t('int base 16', lambda: int('f' * 5000, 16) > 0)
t('int base 36', lambda: int('z' * 5000, 36))
t('int base 7', lambda: int('6' * 4301, 7))
t('int bytes', lambda: int(b'1' * 5000))
t('str', lambda: str(big))
t('repr', lambda: repr(-big))
t('%d', lambda: '%d' % big)
t('%i', lambda: '%i' % -big)
t('%x', lambda: ('%x' % big)[:8])
t('format d', lambda: format(big, 'd'))
t('format ,', lambda: format(big, ','))
t('format empty', lambda: format(big, ''))
t('format x', lambda: format(big, 'x')[:8])
t('f-string', lambda: f'{big}')
t('f-string >', lambda: f'{big:>10}')
t('small %d', lambda: '%d' % (10 ** 4299))
