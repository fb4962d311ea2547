from __future__ import print_function

def attempt(label, fn):
    try:
        r = fn()
    except Exception as e:
        print(label, '->', type(e).__name__, '|', e)
    else:
        print(label, '=', repr(r))

values = [5, -2.5, 'txt', 3j, True, None, [1]]
specs = ['d', 'x', 'f', 's', '+', ' ', '#', '=10', ',', '_', ',d', ',s', '.2', '.2s', '05', '<5', '^+8', 'c', 'b', 'o', 'e', '%', 'n', 'g', 'X', 'E', '#x', '.0f', '10.3', '+s', '#s', '=s', '0s', '.3d', ',x', '_x', ',_', 'zz', '-', '#o', '%s', '.-1', '1000000000000000000000', '.1000000000000000000000', '<', 'r']
for v in values:
    for spec in specs:
        attempt('format(%r, %r)' % (v, spec), lambda: format(v, spec))
attempt('"{:{}}".format(1, "x")', lambda: '{:{}}'.format(1, 'x'))
attempt('"{0!x}".format(1)', lambda: '{0!x}'.format(1))
attempt('"{0!}".format(1)', lambda: '{0!}'.format(1))
attempt('"{!r:}".format(1)', lambda: '{!r:}'.format(1))
attempt('"{0[}".format(1)', lambda: '{0[}'.format(1))
attempt('"{0.}".format(1)', lambda: '{0.}'.format(1))
attempt('"}".format()', lambda: '}'.format())
attempt('"{0:{1:{2}}}".format(1, 2, 3)', lambda: '{0:{1:{2}}}'.format(1, 2, 3))
attempt('"{a}".format_map(5)', lambda: '{a}'.format_map(5) if hasattr(str, 'format_map') else 0)
attempt('"{-1}".format(1)', lambda: '{-1}'.format(1))
attempt('"{0[-1]}".format([1])', lambda: '{0[-1]}'.format([1]))
attempt('"{0[a]}".format({"a": 1})', lambda: '{0[a]}'.format({'a': 1}))
attempt('"{0[0]}".format({"0": 1})', lambda: '{0[0]}'.format({'0': 1}))

class Seq(object):
    def __getitem__(self, key):
        return type(key).__name__
attempt('"{0[3]}".format(Seq())', lambda: '{0[3]}'.format(Seq()))
attempt('"{0[3]}".format({3: "three"})', lambda: '{0[3]}'.format({3: 'three'}))
attempt('"{0[x]}".format(Seq())', lambda: '{0[x]}'.format(Seq()))
