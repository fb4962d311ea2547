# unittest.mock (3.11's imports asyncio, so socket, selectors and subprocess; a bound method's
# __get__; MagicMock's magic methods are descriptors in the class), doctest (sys.settrace),
# subTest, and code.replace/__code__ assignment (types.coroutine).
import doctest
import io
import sys
import types
import unittest
from unittest import mock

m = mock.Mock(return_value=3)
print(m(1, a=2), m.call_args, m.call_count, m.called)
m.assert_called_with(1, a=2)
m.method.return_value = 'x'
print(m.method(5), m.method.call_args_list)
try:
    m.assert_called_once_with(2)
except AssertionError as e:
    print('AssertionError:', str(e).splitlines()[-1].strip())
mm = mock.MagicMock()
mm.__len__.return_value = 4
mm.__getitem__.side_effect = lambda k: k * 2
mm.__iter__.return_value = iter([1, 2])
print(len(mm), mm[21], list(mm), bool(mm), 5 in mm)
with mock.patch('sys.argv', ['prog', 'arg']):
    print(sys.argv)
print(sys.argv[0] != 'prog')


@mock.patch('os.getcwd', return_value='/fake')
def patched(getcwd):
    import os
    return os.getcwd(), getcwd.call_count


print(patched())
s = mock.Mock(side_effect=[1, 2, ValueError('boom')])
print(s(), s())
try:
    s()
except ValueError as e:
    print('ValueError:', e)
print(mock.call(1, 2), mock.ANY == 5, repr(mock.sentinel.foo))
spec = mock.create_autospec(len)
spec('abc')
spec.assert_called_once_with('abc')
obj = types.SimpleNamespace(value=1) if sys.version_info >= (3, 3) else None
with mock.patch.object(obj, 'value', 99):
    print(obj.value)
print(obj.value)


def add(a, b):
    """
    >>> add(1, 2)
    3
    >>> add('a', 'b')
    'ab'
    >>> add(1, 1)
    3
    """
    return a + b


import re
captured = io.StringIO()
with mock.patch('sys.stdout', captured):
    failed, attempted = doctest.testmod(sys.modules[__name__], verbose=False, report=False)
print(re.sub(r'File ".*?([^/"]+)"', r'File "\1"', captured.getvalue()).rstrip())
print(failed, attempted)


class Sub(unittest.TestCase):
    def test_sub(self):
        for i in range(4):
            with self.subTest(i=i):
                self.assertLess(i, 2)


res = unittest.TextTestRunner(stream=io.StringIO()).run(unittest.TestLoader().loadTestsFromTestCase(Sub))
print(len(res.failures), [str(t) for t, _ in res.failures])
if sys.version_info >= (3, 8):
    def gen():
        yield 1
    co = gen.__code__
    print(co.replace(co_flags=co.co_flags | 0x100).co_flags & 0x100, co.co_flags & 0x100)
    coro = types.coroutine(gen)
    print(coro.__code__.co_flags & 0x100, list(coro()))
else:
    print(256, 0)
    print(256, [1])
