"""Writes the committed .pyc fixtures and their .expect files for the pyc package tests.

Run it from anywhere with any Python 3: it finds CPython 2.7, 3.6 and 3.11 (pythonX.Y on PATH,
then pyenv's versions folder) and runs itself under each with --compile. The sources' mtime is
fixed (py_compile stores it) and `dfile` fixes co_filename, so the output depends only on the
sources and the interpreters. Each .expect file describes the module's code objects, depth
first, in a canonical text the Java test rebuilds from what pyvm loaded (PycFixtureTest).
"""
from __future__ import print_function

import glob
import os
import py_compile
import struct
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
MTIME = 1700000000
VERSIONS = ["2.7", "3.6", "3.11"]
PY2 = sys.version_info[0] == 2


def esc_text(s):
    out = []
    for ch in s:
        c = ord(ch)
        if 0x20 <= c < 0x7f and ch != "\\":
            out.append(ch)
        else:
            out.append("\\u{%x}" % c)
    return "".join(out)


def hexbytes(b):
    return "".join("%02x" % c for c in bytearray(b))


def float_bits(f):
    return "%016x" % struct.unpack("<Q", struct.pack("<d", f))[0]


def canon(v):
    """One-line canonical description of a constant (mirrored by PycFixtureTest.canon)."""
    if v is None:
        return "None"
    if v is Ellipsis:
        return "Ellipsis"
    if isinstance(v, bool):
        return "bool:%s" % v
    if PY2 and isinstance(v, long):  # noqa: F821 (2.7 only)
        return "long:%d" % v
    if isinstance(v, int):
        return "int:%d" % v
    if isinstance(v, float):
        return "float:" + float_bits(v)
    if isinstance(v, complex):
        return "complex:%s,%s" % (float_bits(v.real), float_bits(v.imag))
    if PY2 and isinstance(v, unicode):  # noqa: F821
        return "text:" + esc_text(v)
    if not PY2 and isinstance(v, str):
        return "text:" + esc_text(v)
    if isinstance(v, bytes):
        return "bytes:" + hexbytes(v)
    if isinstance(v, tuple):
        return "tuple(" + ", ".join(canon(x) for x in v) + ")"
    if isinstance(v, frozenset):
        return "frozenset"
    if hasattr(v, "co_code"):
        return "code:" + v.co_name
    return "?" + type(v).__name__


def name(s):
    return s if isinstance(s, str) else s.decode("utf-8")


def describe(co, path, out):
    out.append("code " + path)
    out.append("  name=" + name(co.co_name))
    out.append("  qualname=" + name(getattr(co, "co_qualname", co.co_name)))
    out.append("  filename=" + name(co.co_filename))
    out.append("  firstlineno=%d" % co.co_firstlineno)
    out.append("  argcount=%d posonly=%d kwonly=%d nlocals=%d stacksize=%d flags=0x%x" % (
        co.co_argcount, getattr(co, "co_posonlyargcount", 0), getattr(co, "co_kwonlyargcount", 0),
        co.co_nlocals, co.co_stacksize, co.co_flags))
    for field in ("co_names", "co_varnames", "co_cellvars", "co_freevars"):
        out.append("  %s=%s" % (field[3:], ",".join(name(n) for n in getattr(co, field))))
    out.append("  code=" + hexbytes(co.co_code))
    table = co.co_linetable if hasattr(co, "co_exceptiontable") else co.co_lnotab
    out.append("  linetable=" + hexbytes(table))
    out.append("  exceptiontable=" + hexbytes(getattr(co, "co_exceptiontable", b"")))
    out.append("  consts:")
    for c in co.co_consts:
        out.append("    " + canon(c))
    for c in co.co_consts:
        if hasattr(c, "co_code"):
            describe(c, path + "/" + name(c.co_name), out)


def load(pyc, header):
    import marshal
    with open(pyc, "rb") as f:
        data = f.read()
    return marshal.loads(data[header:])


def compile_one(src, pyc, mode=None):
    os.utime(src, (MTIME, MTIME))
    kw = {}
    if mode is not None:
        kw["invalidation_mode"] = getattr(py_compile.PycInvalidationMode, mode)
    py_compile.compile(src, cfile=pyc, dfile=os.path.basename(src), doraise=True, **kw)
    header = 8 if PY2 else (12 if sys.version_info < (3, 7) else 16)
    out = []
    describe(load(pyc, header), "<module>", out)
    with open(pyc[:-4] + ".expect", "w") as f:
        f.write("\n".join(out) + "\n")


def compile_all():
    ver = "%d.%d" % sys.version_info[:2]
    for src in sorted(glob.glob(os.path.join(HERE, "*.py"))):
        base = os.path.basename(src)[:-3]
        if base == "make_fixtures":
            continue
        compile_one(src, os.path.join(HERE, "%s-%s.pyc" % (base, ver)))
        if ver == "3.11" and base == "tiny":
            compile_one(src, os.path.join(HERE, "tiny-3.11-checked.pyc"), "CHECKED_HASH")
            compile_one(src, os.path.join(HERE, "tiny-3.11-unchecked.pyc"), "UNCHECKED_HASH")


def find(ver):
    for d in os.environ.get("PATH", "").split(os.pathsep):
        exe = os.path.join(d, "python" + ver)
        if os.path.basename(d) != "shims" and os.access(exe, os.X_OK):  # pyenv shims may not resolve
            return exe
    try:
        root = subprocess.check_output(["pyenv", "root"]).decode().strip()
    except (OSError, subprocess.CalledProcessError):
        root = os.path.expanduser("~/.pyenv")
    for exe in sorted(glob.glob(os.path.join(root, "versions", ver + ".*", "bin", "python" + ver))):
        return exe
    return None


def main():
    if "--compile" in sys.argv:
        compile_all()
        return
    for ver in VERSIONS:
        exe = find(ver)
        if exe is None:
            sys.exit("CPython %s not found" % ver)
        subprocess.check_call([exe, os.path.abspath(__file__), "--compile"])
        print("wrote fixtures with", exe)


if __name__ == "__main__":
    main()
