from __future__ import print_function
def t(f):
    try:
        print('ok', repr(f()))
    except (ValueError, IndexError, KeyError) as e:
        print(type(e).__name__ + ':', e)
t(lambda: '{0}{}'.format(1, 2))
t(lambda: '{}{0}'.format(1, 2))
t(lambda: '{:{}}'.format('a', 5))
t(lambda: '{:{}.{}f}'.format(3.14159, 8, 2))
t(lambda: '{0:{1}}'.format('a', 4))
t(lambda: '{0:{}}'.format('a', 4))
t(lambda: '{:{w}}'.format('a', w=3))
t(lambda: '{x}{}{y}'.format(1, x='X', y='Y'))
t(lambda: '{}{}{}'.format(1, 2))
t(lambda: '{:>{}}|{}'.format('a', 3, 'b'))
t(lambda: '{!r:{}}'.format('q', 6))
