"""Generates cpython27.yaml from CPython 2.7's own opcode and dis modules.

Run with python2.7: no args prints the table, --write rewrites the committed one, --check
[FILE] fails when it is stale. This file holds only what the opcode module does not know; the
shared code is spi/tools/opcode_yaml.py.
"""
import os
import sys

sys.dont_write_bytecode = True  # keep the source tree free of .pyc/__pycache__
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'spi', 'tools'))
import opcode_yaml  # noqa: E402

# Opcodes whose neutral operation is not their own name (beyond the shared rules for
# BINARY_x/INPLACE_x/UNARY_x, plain jumps and POP_JUMP_IF_x): (op, implied) or op.
OPS = {
    # 2.7's BUILD_MAP pushes an empty dict (the argument is a size hint); STORE_MAP fills it.
    'BUILD_MAP': 'BUILD_MAP_EMPTY',
    # One calling convention: arg = positional count | keyword-pair count << 8, and the
    # opcode says whether *args and/or **kwargs sit on top (ceval.c: flags = (op - CALL_FUNCTION) & 3).
    'CALL_FUNCTION': 'CALL_FUNCTION_PAIRS',
    'CALL_FUNCTION_VAR': 'CALL_FUNCTION_PAIRS_VAR',
    'CALL_FUNCTION_KW': 'CALL_FUNCTION_PAIRS_KW',
    'CALL_FUNCTION_VAR_KW': 'CALL_FUNCTION_PAIRS_VAR_KW',
    # arg = number of positional defaults; MAKE_CLOSURE also pops the closure tuple.
    'MAKE_FUNCTION': 'MAKE_FUNCTION_DEFAULTS',
    'MAKE_CLOSURE': 'MAKE_CLOSURE',
    # raise [type [, value [, traceback]]]
    'RAISE_VARARGS': 'RAISE_WITH_TRACEBACK',
    # ceval.c MAP_ADD: key = TOP(), value = SECOND()
    'MAP_ADD': 'MAP_ADD_KEY_ON_TOP',
}
# SLICE+n, STORE_SLICE+n, DELETE_SLICE+n: n's bit 0 = a lower bound is on the stack, bit 1 = an upper one.
for _n in range(4):
    for _name in ('SLICE', 'STORE_SLICE', 'DELETE_SLICE'):
        OPS['%s+%d' % (_name, _n)] = (_name, str(_n))

FACTS = {
    'pack': 'cpython-2.7',
    'python_version': '2.7',
    'script': 'opcodes-py27/tools/gen_cpython27.py',
    'resource': 'src/main/resources/org/pyvm/pack/py27/cpython27.yaml',
    # magic (u16 + \r\n) and u32 mtime
    'pyc_header_bytes': 8,
    # Python/marshal.c w_object, TYPE_CODE (2.7 branch)
    'code_object_fields': ['ARGCOUNT', 'NLOCALS', 'STACKSIZE', 'FLAGS', 'CODE', 'CONSTS', 'NAMES',
                           'VARNAMES', 'FREEVARS', 'CELLVARS', 'FILENAME', 'NAME', 'FIRSTLINENO', 'LNOTAB'],
    'line_table': 'LNOTAB_UNSIGNED',
    'exception_model': 'BLOCK_STACK',
    'free_index_space': 'CELLS_THEN_FREES',
    'features': ['STR_IS_BYTES', 'INT_AND_LONG', 'PRINT_STATEMENT', 'CLASSIC_DIVISION', 'MIXED_TYPE_ORDERING',
                 'LIST_RETURNING_BUILTINS', 'DICT_HASH_ORDER', 'STRING_HASH_FNV', 'SET_PERTURB_ONLY_PROBING',
                 'EXCEPTION_REPR_TUPLE_COMMA', 'UNBOUND_METHODS'],
    'jump_unit': 'BYTES',
    'arg_overrides': {},
    'ops': OPS,
    # dis.py 2.7: print statements keep trailing spaces, no recursion, EXTENDED_ARG makes a long
    # 2.7's dis prints '(' + name + ')' for hasname/hasconst/... even when the name is '' (from . import x).
    'dis': {'rstrip_rows': False, 'recurse': False, 'long_extended_arg': True, 'empty_argrepr_parens': True},
}

if __name__ == '__main__':
    sys.exit(opcode_yaml.main(FACTS))
