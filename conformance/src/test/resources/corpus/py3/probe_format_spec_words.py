# Format specs refused: a space sign on str (3.10+ "Space not allowed"), 'c' of an int past a C long.
def t(label, f):
    try:
        r = f()
        print(label, '->', repr(r))
    except Exception as e:
        print(label, '->', type(e).__name__, e)

for spec in [' ', '+', '-', ' 10', '+>5', ' s']:
    t('str %r' % spec, lambda: format('abc', spec))
for n in [65, 0x10FFFF, 0x110000, -1, 2**63 - 1, 2**63, 2**70, -2**70]:
    t('c %d' % n, lambda: format(n, 'c'))
t("'{: }'", lambda: '{: }'.format('x'))
t("f'{x: }'", lambda: f'{"x": }')
