# code.co_positions(): (line, end line, column, end column) for every code unit, None where the
# location table has none; what traceback.py and dis read for PEP 657 positions.
import traceback


def sample(a, b):
    total = a + b
    items = [total,
             a * 2]
    return items[0] if total else None


positions = list(sample.__code__.co_positions())
print(len(positions), len(sample.__code__.co_code) // 2)
for p in positions:
    print(p)
print(type(sample.__code__.co_positions()).__name__)


def fails(d):
    return d["missing"]


try:
    fails({})
except KeyError:
    # no source beside the .pyc: the frames without lines or carets
    traceback.print_exc()
    summary = traceback.extract_tb(__import__("sys").exc_info()[2])
    for frame in summary:
        print(frame.name, frame.lineno, frame.end_lineno, frame.colno, frame.end_colno)
