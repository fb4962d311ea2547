import sys
def validate(items):
    bad = [i for i in items if i < 0]
    if bad:
        print('negative values:', bad)
        sys.exit('error: %d bad value(s)' % len(bad))
    return sum(items)
print(validate([1, 2, 3]))
try:
    sys.exit(4)
except SystemExit as e:
    print('caught exit', e.code, repr(e), e.args)
try:
    sys.exit()
except SystemExit as e:
    print('caught exit', e.code)
try:
    raise SystemExit(0, 'two')
except SystemExit as e:
    print(e.code)
try:
    validate([1, -2, -3])
finally:
    print('finally before exit')
print('not reached')
