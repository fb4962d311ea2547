"""Writes the top-level module names of one CPython's standard library, one per line, sorted.

Run with each CPython (pythonX.Y conformance/tools/gen_stdlib_names.py > vm-core/src/main/resources/org/pyvm/core/host/stdlib-modules-X.Y.txt).
pyvm uses the list only to tell a user without that CPython that a missing module is part of its standard
library. 3.10+ has sys.stdlib_module_names; older versions are listed from the library folder: its modules and
packages, the extension modules of lib-dynload, and the modules built into the interpreter.
"""
import os
import sys

names = set(getattr(sys, 'stdlib_module_names', ()))
if not names:
    lib = os.path.dirname(os.__file__)
    for entry in os.listdir(lib):
        path = os.path.join(lib, entry)
        if entry.endswith('.py'):
            names.add(entry[:-3])
        elif os.path.isfile(os.path.join(path, '__init__.py')) and entry != 'site-packages':
            names.add(entry)
    dynload = os.path.join(lib, 'lib-dynload')
    if os.path.isdir(dynload):
        for entry in os.listdir(dynload):
            if entry.endswith('.so'):
                names.add(entry.split('.')[0])
    names.update(sys.builtin_module_names)
names.discard('__main__')
sys.stdout.write(''.join(n + '\n' for n in sorted(names) if n.replace('_', 'a').isalnum()))
