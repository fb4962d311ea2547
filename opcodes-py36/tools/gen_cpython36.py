"""Generates cpython36.yaml from CPython 3.6's own opcode and dis modules.

Run with python3.6: no args prints the table, --write rewrites the committed one, --check
[FILE] fails when it is stale. This file holds only what the opcode module does not know; the
shared code is spi/tools/opcode_yaml.py.
"""
import os
import sys

sys.dont_write_bytecode = True  # keep the source tree free of .pyc/__pycache__
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'spi', 'tools'))
import opcode_yaml  # noqa: E402

# Opcodes whose neutral operation is not their own name (beyond the shared rules for
# BINARY_x/INPLACE_x/UNARY_x, plain jumps and POP_JUMP_IF_x).
OPS = {
    # flags argument; qualname on top of the code object (3.11 takes the qualname from the code)
    'MAKE_FUNCTION': 'MAKE_FUNCTION_QUALNAME',
    # ceval.c MAP_ADD: key = TOP(), value = SECOND() (3.8+ swapped them)
    'MAP_ADD': 'MAP_ADD_KEY_ON_TOP',
    # pops the EXCEPT_HANDLER block and the three exc_info values saved under it
    'POP_EXCEPT': 'POP_EXCEPT_BLOCK',
}

FACTS = {
    'pack': 'cpython-3.6',
    'python_version': '3.6',
    'script': 'opcodes-py36/tools/gen_cpython36.py',
    'resource': 'src/main/resources/org/pyvm/pack/py36/cpython36.yaml',
    # magic, u32 mtime, u32 source size
    'pyc_header_bytes': 12,
    # Python/marshal.c w_object, TYPE_CODE (3.6 branch)
    'code_object_fields': ['ARGCOUNT', 'KWONLYARGCOUNT', 'NLOCALS', 'STACKSIZE', 'FLAGS', 'CODE', 'CONSTS',
                           'NAMES', 'VARNAMES', 'FREEVARS', 'CELLVARS', 'FILENAME', 'NAME', 'FIRSTLINENO', 'LNOTAB'],
    'line_table': 'LNOTAB_SIGNED',
    'exception_model': 'BLOCK_STACK',
    'free_index_space': 'CELLS_THEN_FREES',
    'features': ['STRING_HASH_SIPHASH24', 'NUMERIC_HASH_MODULUS', 'EXCEPTION_CHAINING', 'GENERATOR_OWN_EXCEPTION_STATE', 'EXCEPTION_REPR_TUPLE_COMMA',
                 'TRACEBACK_COLLAPSES_REPEATS',
                 'GET_AITER_AWAITS', 'CLASS_CREATION_HOOKS', 'INDEXING_UNSUPPORTED_MESSAGE', 'G_FORMAT_KEEPS_TIE_ZEROS',
                 'TP_CALL_COUNTS_RECURSION', 'SET_DIFFERENCE_SKIPS_EMPTY'],
    'jump_unit': 'BYTES',
    # dis.py 3.6 shows MAKE_FUNCTION's flags as a bare number
    'arg_overrides': {},
    'ops': OPS,
    # Python/compile.c PyCompile_OpcodeStackEffect (3.6): flag bits each add one operand
    'stack': {'MAKE_FUNCTION': '-1 - (arg & 1) - (arg >> 1 & 1) - (arg >> 2 & 1) - (arg >> 3 & 1)',
              'CALL_FUNCTION_EX': '-1 - (arg & 1)'},
    # 3.6's dis.stack_effect cannot tell a taken jump; its stackdepth_walk, which sets co_stacksize,
    # gives FOR_ITER's exit depth-2 and a SETUP_EXCEPT/SETUP_FINALLY handler depth+3 on top of the 6.
    'stack_jump': {'FOR_ITER': '-1', 'SETUP_EXCEPT': '9', 'SETUP_FINALLY': '9'},
    # ... and pops JUMP_IF_*_OR_POP's operand only when it does not jump (dis.stack_effect says 0).
    'stack_walk': {'JUMP_IF_FALSE_OR_POP': ('-1', '0'), 'JUMP_IF_TRUE_OR_POP': ('-1', '0')},
    'dis': {'rstrip_rows': True, 'recurse': False},
}

if __name__ == '__main__':
    sys.exit(opcode_yaml.main(FACTS))
