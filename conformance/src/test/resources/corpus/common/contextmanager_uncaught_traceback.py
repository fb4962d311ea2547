# An exception escaping a @contextmanager with block: contextlib's __exit__ puts back the traceback it was
# given, so the report shows the body's frames only, not contextlib's or the generator's.
from contextlib import contextmanager
@contextmanager
def cm():
    print("enter")
    yield
    print("not reached")
def work():
    with cm():
        raise ValueError("in body")
work()
