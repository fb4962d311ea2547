"""Generates cpython311.yaml from CPython 3.11's own opcode and dis modules.

Run with python3.11: no args prints the table, --write rewrites the committed one, --check
[FILE] fails when it is stale. This file holds only what the opcode module does not know; the
shared code is spi/tools/opcode_yaml.py. The 71 specialized forms are numbered and mapped to
their base opcode exactly as dis does (dis._all_opmap, opcode._specializations).
"""
import os
import sys

sys.dont_write_bytecode = True  # keep the source tree free of .pyc/__pycache__
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..', 'spi', 'tools'))
import opcode_yaml  # noqa: E402

# Opcodes whose neutral operation is not their own name (beyond the shared rules for
# UNARY_x, plain jumps and POP_JUMP_{FORWARD,BACKWARD}_IF_x).
OPS = {
    # like 3.6's, but also pops the NULL that PUSH_NULL left under the callable
    'CALL_FUNCTION_EX': 'CALL_FUNCTION_EX_NULL',
}

FACTS = {
    'pack': 'cpython-3.11',
    'python_version': '3.11',
    'script': 'opcodes-py311/tools/gen_cpython311.py',
    'resource': 'src/main/resources/org/pyvm/pack/py311/cpython311.yaml',
    # magic, u32 flags (PEP 552), then mtime+size or the source hash
    'pyc_header_bytes': 16,
    # Python/marshal.c w_object, TYPE_CODE (3.11 branch)
    'code_object_fields': ['ARGCOUNT', 'POSONLYARGCOUNT', 'KWONLYARGCOUNT', 'STACKSIZE', 'FLAGS', 'CODE',
                           'CONSTS', 'NAMES', 'LOCALSPLUSNAMES', 'LOCALSPLUSKINDS', 'FILENAME', 'NAME',
                           'QUALNAME', 'FIRSTLINENO', 'LINETABLE', 'EXCEPTIONTABLE'],
    'line_table': 'LOCATION_TABLE',
    'exception_model': 'EXCEPTION_TABLE',
    'free_index_space': 'LOCALSPLUS',
    'features': ['STRING_HASH_SIPHASH13', 'NUMERIC_HASH_MODULUS', 'TUPLE_HASH_XXHASH', 'SET_GROWS_AT_THREE_FIFTHS',
                 'CALL_ERRORS_USE_QUALNAME', 'TRACEBACK_OMITS_MAIN_MODULE',
                 'TRACEBACK_COLLAPSES_REPEATS', 'TRACEBACK_POSITION_CARETS', 'NAME_SUGGESTIONS', 'CANNOT_UNPACK_MESSAGE', 'BUILTIN_GENERIC_ALIAS', 'EXCEPTION_GROUPS',
                 'EXCEPTION_CHAINING', 'GENERATOR_OWN_EXCEPTION_STATE', 'EXCEPTION_STATE_STACK', 'CLASS_CREATION_HOOKS', 'DESCRIPTOR_ERRORS_NAME_OWNER',
                 'DESCRIPTOR_CHECK_SAYS_DOESNT_APPLY', 'UNBOUND_METHOD_NEEDS_ARGUMENT',
                 'EMPTY_STRING_REPLACE_WITH_COUNT', 'METHOD_HASHES_SELF_BY_IDENTITY',
                 'SORT_POWERSORT_MERGES', 'SORT_SAME_TYPE_PRECHECK', 'INT_MAX_STR_DIGITS',
                 'FROZEN_STARTUP_MODULES', 'BUILTIN_O_CALLS_COUNT_RECURSION'],
    'jump_unit': 'CODE_UNITS',
    # dis.py 3.11: LOAD_GLOBAL's argument is names[arg >> 1], bit 0 = push NULL
    # 3.11's dis prints a constant's repr only for LOAD_CONST, so KW_NAMES (also in hasconst) has its own kind.
    'arg_overrides': {'LOAD_GLOBAL': 'GLOBAL_NAME', 'KW_NAMES': 'KW_NAMES'},
    'ops': OPS,
    # Python/compile.c stack_effect (3.11): flag bits each add one operand; *kwargs adds one
    'stack': {'MAKE_FUNCTION': '-(arg & 1) - (arg >> 1 & 1) - (arg >> 2 & 1) - (arg >> 3 & 1)',
              'CALL_FUNCTION_EX': '-2 - (arg & 1)',
              # bit 0 of the argument: push NULL under the global
              'LOAD_GLOBAL': '1 + (arg & 1)'},
    # A generator's frame goes on after RETURN_GENERATOR when it is first resumed, with the value
    # sent in on the stack (the POP_TOP that follows drops it); dis.stack_effect says 0.
    'stack_walk': {'RETURN_GENERATOR': ('1', None)},
    'dis': {'rstrip_rows': True, 'recurse': True, 'exception_table': True, 'wide_columns': True,
            'absolute_jumps_show_to': True},
}

if __name__ == '__main__':
    sys.exit(opcode_yaml.main(FACTS))
