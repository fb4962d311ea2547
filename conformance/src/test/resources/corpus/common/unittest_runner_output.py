# unittest as test programs use it: failures, errors, skips, assertRaises (traceback.clear_frames
# calls frame.clear()), and 3.7+'s writable tb_next (unittest cuts its own frames off a failure).
import re
import sys
import unittest

try:
    from StringIO import StringIO
except ImportError:
    from io import StringIO


def helper(x):
    return {}[x]


class Sample(unittest.TestCase):
    def setUp(self):
        self.items = [1, 2, 3]

    def test_ok(self):
        self.assertEqual(sum(self.items), 6)

    def test_fail_list(self):
        self.assertEqual(self.items, [1, 2, 4])

    def test_error(self):
        helper('missing')

    def test_raises(self):
        with self.assertRaises(ValueError):
            int('x')
        with self.assertRaises(KeyError) as cm:
            helper('k')
        self.assertEqual(cm.exception.args, ('k',))

    def test_raises_regexp(self):
        self.assertRaises(ZeroDivisionError, lambda: 1 / 0)

    @unittest.skip('not today')
    def test_skipped(self):
        pass

    def test_true(self):
        self.assertTrue(0, 'zero is false')

    def test_in(self):
        self.assertIn(5, self.items)

    def test_almost(self):
        self.assertAlmostEqual(1.0, 1.1)

    def test_text(self):
        self.assertEqual('a\nb\nc\n', 'a\nB\nc\n')

    def test_dict(self):
        self.assertEqual({'a': 1, 'b': 2}, {'a': 1, 'b': 3})


stream = StringIO()
runner = unittest.TextTestRunner(stream=stream, verbosity=2)
result = runner.run(unittest.TestLoader().loadTestsFromTestCase(Sample))
out = re.sub(r'Ran (\d+) tests? in [0-9.]+s', r'Ran \1 tests', stream.getvalue())
out = re.sub(r'File ".*?([^/"]+)", line', r'File "\1", line', out)
print(out)
print((result.testsRun, len(result.failures), len(result.errors), len(result.skipped), result.wasSuccessful()))

if sys.version_info >= (3, 7):
    def inner():
        raise ValueError('deep')

    def outer():
        inner()

    try:
        outer()
    except ValueError as e:
        tb = e.__traceback__
        print(tb.tb_next is tb.tb_next)
        tb.tb_next.tb_next = None
        import traceback
        print(len(traceback.extract_tb(tb)))
        for bad in [5, tb]:
            try:
                tb.tb_next = bad
            except (TypeError, ValueError) as err:
                print(type(err).__name__ + ': ' + str(err))
else:
    print(True)
    print(2)
    print("TypeError: expected traceback object, got 'int'")
    print('ValueError: traceback loop detected')
