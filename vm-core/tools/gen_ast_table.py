"""Writes the table of CPython's _ast node classes for the running CPython (2.7, 3.6 or 3.11).

    pythonX.Y vm-core/tools/gen_ast_table.py > vm-core/src/main/resources/org/pyvm/core/modules/ast/astXY.txt

pyvm's _ast module (vm-core modules/ast/AstModule) builds its classes from this table, as CPython's
Python-ast.c builds them from Parser/Python.asdl: so the table is read from that CPython's own _ast.
Lines:
    @module NAME               the classes' __module__ (3.9+: ast, before: _ast)
    @match_args                every class has __match_args__ equal to its _fields (3.10+)
    @const NAME REPR           a module-level constant (PyCF_ONLY_AST...)
    class NAME BASE FIELDS ATTRIBUTES NONES DOC   (tab-separated, one per class, bases first)
FIELDS and NONES are space-separated names, '-' for none; ATTRIBUTES is '*' when the class has no
_attributes of its own (it inherits them); NONES are the optional fields and attributes whose class-level
default is None; DOC is the docstring with backslash and newline escaped, '-' when it is None.
"""
from __future__ import print_function
import _ast
import sys

AST = _ast.AST


def names(t):
    return ' '.join(t) if t else '-'


def escape(s):
    return s.replace('\\', '\\\\').replace('\n', '\\n').replace('\t', '\\t')


def row(cls):
    d = cls.__dict__
    base = cls.__bases__[0].__name__ if cls is not AST else '-'
    fields = d.get('_fields', ())
    attributes = names(d['_attributes']) if '_attributes' in d else '*'
    nones = sorted(k for k, v in d.items() if v is None and not k.startswith('__'))
    doc = d.get('__doc__')
    return '\t'.join(['class', cls.__name__, base, names(fields), attributes, names(nones), '-' if doc is None else escape(doc)])


def walk(cls, out):
    out.append(row(cls))
    for sub in cls.__subclasses__():
        if sub.__module__ in ('_ast', 'ast') and getattr(_ast, sub.__name__, None) is sub:
            walk(sub, out)


def main():
    print('# _ast of CPython %d.%d, written by vm-core/tools/gen_ast_table.py' % sys.version_info[:2])
    print('@module ' + AST.__module__)
    if '__match_args__' in AST.__dict__:
        print('@match_args')
    for k in sorted(dir(_ast)):
        v = getattr(_ast, k)
        if not k.startswith('_') and not isinstance(v, type) or k == '__version__':
            print('@const %s %r' % (k, v))
    out = []
    walk(AST, out)
    for line in out:
        print(line)


main()
