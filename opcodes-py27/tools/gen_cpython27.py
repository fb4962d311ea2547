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

# Stack effects: 2.7 has no dis.stack_effect, so every row is stated here, as 2.7's compiler
# computes co_stacksize (Python/compile.c opcode_stack_effect and stackdepth_walk): its effects
# are the largest an instruction can have, e.g. END_FINALLY -3 though it pops 1 after a normal
# exit. 'stack_jump' is the effect when the jump is taken, where stackdepth_walk differs.
_CALL_ARGS = '(arg & 255) + 2 * (arg >> 8 & 255)'
STACK = {
    'STOP_CODE': '0', 'NOP': '0', 'EXTENDED_ARG': '0',
    'POP_TOP': '-1', 'ROT_TWO': '0', 'ROT_THREE': '0', 'ROT_FOUR': '0', 'DUP_TOP': '1', 'DUP_TOPX': 'arg',
    'UNARY_POSITIVE': '0', 'UNARY_NEGATIVE': '0', 'UNARY_NOT': '0', 'UNARY_CONVERT': '0', 'UNARY_INVERT': '0',
    'LIST_APPEND': '-1', 'SET_ADD': '-1', 'MAP_ADD': '-2', 'STORE_MAP': '-2',
    'BINARY_SUBSCR': '-1', 'STORE_SUBSCR': '-3', 'DELETE_SUBSCR': '-2',
    'SLICE+0': '0', 'SLICE+1': '-1', 'SLICE+2': '-1', 'SLICE+3': '-2',
    'STORE_SLICE+0': '-2', 'STORE_SLICE+1': '-3', 'STORE_SLICE+2': '-3', 'STORE_SLICE+3': '-4',
    'DELETE_SLICE+0': '-1', 'DELETE_SLICE+1': '-2', 'DELETE_SLICE+2': '-2', 'DELETE_SLICE+3': '-3',
    'GET_ITER': '0', 'PRINT_EXPR': '-1', 'PRINT_ITEM': '-1', 'PRINT_NEWLINE': '0', 'PRINT_ITEM_TO': '-2',
    'PRINT_NEWLINE_TO': '-1', 'BREAK_LOOP': '0', 'SETUP_WITH': '4', 'WITH_CLEANUP': '-1', 'LOAD_LOCALS': '1',
    'RETURN_VALUE': '-1', 'IMPORT_STAR': '-1', 'EXEC_STMT': '-3', 'YIELD_VALUE': '0', 'POP_BLOCK': '0',
    'END_FINALLY': '-3', 'BUILD_CLASS': '-2',
    'STORE_NAME': '-1', 'DELETE_NAME': '0', 'UNPACK_SEQUENCE': 'arg - 1', 'FOR_ITER': '1',
    'STORE_ATTR': '-2', 'DELETE_ATTR': '-1', 'STORE_GLOBAL': '-1', 'DELETE_GLOBAL': '0',
    'LOAD_CONST': '1', 'LOAD_NAME': '1', 'BUILD_TUPLE': '1 - arg', 'BUILD_LIST': '1 - arg', 'BUILD_SET': '1 - arg',
    'BUILD_MAP': '1', 'LOAD_ATTR': '0', 'COMPARE_OP': '-1', 'IMPORT_NAME': '-1', 'IMPORT_FROM': '1',
    'JUMP_FORWARD': '0', 'JUMP_IF_FALSE_OR_POP': '-1', 'JUMP_IF_TRUE_OR_POP': '-1', 'JUMP_ABSOLUTE': '0',
    'POP_JUMP_IF_FALSE': '-1', 'POP_JUMP_IF_TRUE': '-1', 'LOAD_GLOBAL': '1', 'CONTINUE_LOOP': '0',
    'SETUP_LOOP': '0', 'SETUP_EXCEPT': '0', 'SETUP_FINALLY': '0',
    'LOAD_FAST': '1', 'STORE_FAST': '-1', 'DELETE_FAST': '0', 'RAISE_VARARGS': '-arg',
    'CALL_FUNCTION': '-(%s)' % _CALL_ARGS, 'CALL_FUNCTION_VAR': '-1 - (%s)' % _CALL_ARGS,
    'CALL_FUNCTION_KW': '-1 - (%s)' % _CALL_ARGS, 'CALL_FUNCTION_VAR_KW': '-2 - (%s)' % _CALL_ARGS,
    'MAKE_FUNCTION': '-arg', 'MAKE_CLOSURE': '-1 - arg', 'BUILD_SLICE': '-1 - (arg == 3)',
    'LOAD_CLOSURE': '1', 'LOAD_DEREF': '1', 'STORE_DEREF': '-1',
}
for _name in ('POWER', 'MULTIPLY', 'DIVIDE', 'MODULO', 'ADD', 'SUBTRACT', 'FLOOR_DIVIDE', 'TRUE_DIVIDE',
              'LSHIFT', 'RSHIFT', 'AND', 'XOR', 'OR'):
    STACK['BINARY_' + _name] = STACK['INPLACE_' + _name] = '-1'
# JUMP_IF_*_OR_POP keep their operand when they jump; FOR_ITER pops the iterator at its end;
# an exception entering a SETUP_EXCEPT/SETUP_FINALLY handler pushes traceback, value and type.
STACK_JUMP = {'JUMP_IF_FALSE_OR_POP': '0', 'JUMP_IF_TRUE_OR_POP': '0', 'FOR_ITER': '-1',
              'SETUP_EXCEPT': '3', 'SETUP_FINALLY': '3'}

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
                 'EXCEPTION_REPR_TUPLE_COMMA', 'UNBOUND_METHODS', 'INDEXING_UNSUPPORTED_MESSAGE',
                 'G_FORMAT_KEEPS_TIE_ZEROS', 'TP_CALL_COUNTS_RECURSION'],
    'jump_unit': 'BYTES',
    'arg_overrides': {},
    'ops': OPS,
    'stack': STACK,
    'stack_jump': STACK_JUMP,
    # dis.py 2.7: print statements keep trailing spaces, no recursion, EXTENDED_ARG makes a long
    # 2.7's dis prints '(' + name + ')' for hasname/hasconst/... even when the name is '' (from . import x).
    'dis': {'rstrip_rows': False, 'recurse': False, 'long_extended_arg': True, 'empty_argrepr_parens': True},
}

if __name__ == '__main__':
    sys.exit(opcode_yaml.main(FACTS))
