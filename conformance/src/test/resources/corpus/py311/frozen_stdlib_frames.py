# CPython 3.11 freezes the standard-library modules it starts with (os, posixpath, genericpath, codecs, abc...):
# their frames in a traceback are named "<frozen NAME>" and have no source line; other library modules keep
# their file. (No line numbers here: the local library's may be another 3.11 release's.)
import os
import traceback
import textwrap


def frames(tb):
    out = []
    for f in traceback.extract_tb(tb):
        if f.filename.startswith("<"):
            out.append((f.filename, f.name, f.line))
        else:
            out.append((os.path.basename(f.filename), f.name))
    return out


try:
    os.environ["PYVM_SURELY_MISSING_VARIABLE"]
except KeyError as e:
    print("environ", frames(e.__traceback__))
try:
    os.path.join(None)
except TypeError as e:
    print("join", frames(e.__traceback__))
try:
    os.fspath(3)
except TypeError as e:
    print("fspath", frames(e.__traceback__))
try:
    textwrap.dedent(None)
except (TypeError, AttributeError) as e:
    print("dedent", type(e).__name__, frames(e.__traceback__))
print(os.getenv.__code__.co_filename, os.path.join.__code__.co_filename, textwrap.dedent.__code__.co_filename.endswith("textwrap.py"))
print(os.__file__.endswith("os.py"), os.path.__name__)
