"""Shared generator of the opcode packs' YAML tables.

Each pack has a small script, opcodes-pyXY/tools/gen_cpythonXY.py, that holds the facts of its
CPython version which the ``opcode`` and ``dis`` modules do not know (how opcodes map to the
core's neutral operations, header and code-object layout, dis switches, language features) and
calls ``main(FACTS)`` here. Everything else is read from the running interpreter's own
``opcode``/``dis``/``marshal`` modules, so the script must run under that CPython version.

Usage (through a pack script):
    pythonX.Y opcodes-pyXY/tools/gen_cpythonXY.py            print the YAML table
    pythonX.Y opcodes-pyXY/tools/gen_cpythonXY.py --write    rewrite the committed table
    pythonX.Y opcodes-pyXY/tools/gen_cpythonXY.py --check [FILE]
                                                      exit 1 if FILE (default: the committed
                                                      table) differs from what would be printed

Runs under Python 2.7 and 3.x: no f-strings, print() from __future__.
"""
from __future__ import print_function

import difflib
import io
import os
import re
import sys

import dis
import marshal
import opcode

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
NEUTRAL_OP_JAVA = os.path.join(REPO, 'spi', 'src', 'main', 'java', 'org', 'pyvm', 'spi', 'NeutralOp.java')

# Arithmetic opcode name suffixes (BINARY_x, INPLACE_x) and the core's Operator names for them.
ARITHMETIC = {
    'ADD': 'add', 'AND': 'and', 'FLOOR_DIVIDE': 'floor_divide', 'LSHIFT': 'lshift',
    'MATRIX_MULTIPLY': 'matrix_multiply', 'MULTIPLY': 'multiply', 'MODULO': 'remainder',
    'OR': 'or', 'POWER': 'power', 'RSHIFT': 'rshift', 'SUBTRACT': 'subtract',
    'TRUE_DIVIDE': 'true_divide', 'XOR': 'xor', 'DIVIDE': 'divide',
}
UNARY = {'POSITIVE': 'positive', 'NEGATIVE': 'negative', 'NOT': 'not', 'CONVERT': 'convert', 'INVERT': 'invert'}
# Jumps that differ only in how the target is encoded; the core resolves every target to an
# instruction index, so they are one operation.
PLAIN_JUMPS = ('JUMP_FORWARD', 'JUMP_ABSOLUTE', 'JUMP_BACKWARD', 'JUMP_BACKWARD_NO_INTERRUPT')
POP_JUMP = re.compile(r'^POP_JUMP_(?:FORWARD_|BACKWARD_)?IF_(FALSE|TRUE|NONE|NOT_NONE)$')
PLAIN_WORD = re.compile(r'^[A-Za-z_][A-Za-z0-9_]*$')


# Stack effects, written into each row as formulas in the language of spi's StackEffect (a subset of
# Python expressions over ``arg``, so this script can evaluate them). Constant effects are read from
# dis.stack_effect; these are the opcodes whose effect depends on the argument, shared by name. A
# pack's FACTS may override a row ('stack'), give the effect of a taken jump where it differs and the
# interpreter has no dis.stack_effect(jump=...) to say so ('stack_jump'), give both where the
# compiler's own stack-depth walk departs from dis.stack_effect ('stack_walk': name -> (going on,
# jumping), not checked), or, for 2.7, which has no dis.stack_effect at all, state every row. Each formula is checked against dis.stack_effect for a
# sample of arguments wherever that exists.
ARG_EFFECTS = {
    'UNPACK_SEQUENCE': 'arg - 1',
    'UNPACK_EX': '(arg & 255) + (arg >> 8)',
    'BUILD_TUPLE': '1 - arg', 'BUILD_LIST': '1 - arg', 'BUILD_SET': '1 - arg', 'BUILD_STRING': '1 - arg',
    'BUILD_LIST_UNPACK': '1 - arg', 'BUILD_TUPLE_UNPACK': '1 - arg', 'BUILD_TUPLE_UNPACK_WITH_CALL': '1 - arg',
    'BUILD_SET_UNPACK': '1 - arg', 'BUILD_MAP_UNPACK': '1 - arg', 'BUILD_MAP_UNPACK_WITH_CALL': '1 - arg',
    'BUILD_MAP': '1 - 2 * arg',
    'BUILD_CONST_KEY_MAP': '-arg',
    'RAISE_VARARGS': '-arg',
    'CALL_FUNCTION': '-arg',
    'CALL_FUNCTION_KW': '-1 - arg',
    'PRECALL': '-arg',
    'BUILD_SLICE': '-1 - (arg == 3)',
    'FORMAT_VALUE': '-((arg & 4) == 4)',
}
EFFECT_SAMPLE = list(range(0, 300)) + [511, 512, 513, 4095, 65535, 65536, 65537, 1 << 20]


def cpython_effect(code, arg, jump):
    """dis.stack_effect of the opcode (taken jump or not, where this CPython can tell), or None."""
    if not hasattr(dis, 'stack_effect'):
        return None
    args = (code, arg) if code >= opcode.HAVE_ARGUMENT else (code,)
    try:
        if sys.version_info >= (3, 8):
            return dis.stack_effect(*args, jump=jump)
        return dis.stack_effect(*args)
    except ValueError:  # 3.6 says NOP and EXTENDED_ARG have no effect to tell
        return None


def stack_effects(code, name, facts):
    """(formula when going on, formula when jumping or None) for a base opcode, checked against CPython."""
    if name in facts.get('stack_walk', {}):
        return facts['stack_walk'][name]
    stated = facts.get('stack', {})
    fall = stated.get(name) or ARG_EFFECTS.get(name)
    measured = cpython_effect(code, 0, False)
    if fall is None:
        if measured is None and hasattr(dis, 'stack_effect') and name in ('NOP', 'EXTENDED_ARG'):
            measured = 0
        if measured is None:
            raise SystemExit('no stack effect known for ' + name + '; state it in the pack script')
        fall = str(measured)
    jump = facts.get('stack_jump', {}).get(name)
    if jump is None and sys.version_info >= (3, 8):
        taken = cpython_effect(code, 0, True)
        if taken is not None and taken != cpython_effect(code, 0, False):
            jump = str(taken)
    for arg in EFFECT_SAMPLE if code >= opcode.HAVE_ARGUMENT else [0]:
        want = cpython_effect(code, arg, False)
        if want is not None and eval(fall, {'arg': arg}) != want:
            raise SystemExit('stack effect %r of %s is %d at arg %d; CPython says %d' % (fall, name, eval(fall, {'arg': arg}), arg, want))
        if sys.version_info >= (3, 8) and 'stack_jump' not in facts:
            want = cpython_effect(code, arg, True)
            got = eval(jump or fall, {'arg': arg})
            if want is not None and got != want:
                raise SystemExit('jump stack effect of %s is %d at arg %d; CPython says %d' % (name, got, arg, want))
    return fall, jump


def release_magic():
    """The u16 magic number of this interpreter's .pyc files."""
    try:
        import importlib.util
        magic = importlib.util.MAGIC_NUMBER
    except (ImportError, AttributeError):
        import imp
        magic = imp.get_magic()
    magic = bytearray(magic)
    return magic[0] | (magic[1] << 8)


def all_opcodes():
    """(code, name, base name or None) for every opcode, 3.11's specialized forms included.

    Specialized forms take the empty slots of opname in order, exactly as 3.11's dis does
    (dis._all_opmap); their base is the family of opcode._specializations they belong to.
    """
    rows = [(code, name, None) for name, code in opcode.opmap.items()]
    specialized = getattr(opcode, '_specialized_instructions', None)
    if specialized:
        base_of = {}
        for base, family in opcode._specializations.items():
            for name in family:
                base_of[name] = base
        empty = [slot for slot, name in enumerate(opcode.opname) if name.startswith('<')]
        if len(empty) < len(specialized):
            raise SystemExit('more specialized instructions than empty opcode slots')
        for slot, name in zip(empty, specialized):
            rows.append((slot, name, base_of[name]))
        known = getattr(dis, '_all_opmap', None)
        if known is not None:
            for code, name, base in rows:
                if known.get(name) != code:
                    raise SystemExit('dis._all_opmap disagrees about ' + name)
    rows.sort()
    return rows


def arg_kind(code, name, overrides):
    """What the argument means, in dis's own order of tests (see dis._get_instructions_bytes)."""
    if name in overrides:
        return overrides[name]
    if code < opcode.HAVE_ARGUMENT:
        return 'NONE'
    if code in opcode.hasconst:
        return 'CONST'
    if code in opcode.hasname:
        return 'NAME'
    if code in opcode.hasjrel or code in opcode.hasjabs:
        return 'JUMP'
    if code in opcode.haslocal:
        return 'LOCAL'
    if code in opcode.hascompare:
        return 'COMPARE'
    if code in opcode.hasfree:
        return 'FREE'
    if name == 'FORMAT_VALUE':
        return 'FORMAT_VALUE'
    if name == 'BINARY_OP':
        return 'BINARY_OP'
    if name == 'MAKE_FUNCTION' and hasattr(dis, 'MAKE_FUNCTION_FLAGS'):
        return 'MAKE_FUNCTION_FLAGS'
    return 'INT'


def jump_facts(code, name, unit):
    """(relative, unit, backward): backward by dis's own rule, 'JUMP_BACKWARD' in the name."""
    return (code in opcode.hasjrel, unit, 'JUMP_BACKWARD' in name)


def neutral_op(name, overrides):
    """(neutral op, implied) for a base opcode: the pack's mapping first, then the shared rules."""
    if name in overrides:
        value = overrides[name]
        return value if isinstance(value, tuple) else (value, None)
    for prefix, implied_prefix in (('BINARY_', ''), ('INPLACE_', 'inplace_')):
        if name.startswith(prefix) and name[len(prefix):] in ARITHMETIC:
            return 'BINARY_OP', implied_prefix + ARITHMETIC[name[len(prefix):]]
    if name.startswith('UNARY_') and name[len('UNARY_'):] in UNARY:
        return 'UNARY_OP', UNARY[name[len('UNARY_'):]]
    if name in PLAIN_JUMPS:
        return 'JUMP', None
    m = POP_JUMP.match(name)
    if m:
        return 'POP_JUMP_IF_' + m.group(1), None
    return name, None


def neutral_ops_declared():
    """The constants of spi's NeutralOp enum, or None when the source is not next to this script."""
    if not os.path.exists(NEUTRAL_OP_JAVA):
        return None
    with io.open(NEUTRAL_OP_JAVA, encoding='utf-8') as f:
        text = f.read()
    text = re.sub(r'/\*.*?\*/', '', text, flags=re.S)
    text = re.sub(r'//[^\n]*', '', text)
    body = text[text.index('{', text.index('enum NeutralOp')) + 1:]
    body = re.split(r'[;}]', body)[0]
    return set(w.strip() for w in body.split(',') if w.strip())


def q(s):
    """A YAML scalar: plain when it is a simple word, else single-quoted."""
    if PLAIN_WORD.match(s) and s not in ('true', 'false', 'null', 'yes', 'no', 'on', 'off', 'y', 'n'):
        return s
    return "'" + s.replace("'", "''") + "'"


def flow_list(items):
    return '[' + ', '.join(items) + ']'


def generate(facts):
    """The YAML text of the pack's table."""
    want = facts['python_version']
    have = '%d.%d' % sys.version_info[:2]
    if want != have:
        raise SystemExit('this table is for CPython %s; run the script with python%s, not %s' % (want, want, have))
    arg_overrides = facts.get('arg_overrides', {})
    op_overrides = facts.get('ops', {})
    unit = facts['jump_unit']
    caches = getattr(opcode, '_inline_cache_entries', None)

    rows = []
    by_name = {}
    # Base opcodes first: a specialized form copies its base's row, and often has a lower number.
    for code, name, base in sorted(all_opcodes(), key=lambda r: (r[2] is not None, r[0])):
        if base is None:
            kind = arg_kind(code, name, arg_overrides)
            jump = jump_facts(code, name, unit) if kind == 'JUMP' else None
            cache = caches[code] if caches else 0
            op, implied = neutral_op(name, op_overrides)
            stack, stack_jump = stack_effects(code, name, facts)
            row = dict(code=code, name=name, arg=kind, jump=jump, cache=cache, op=op, implied=implied, specialized=False,
                       stack=stack, stack_jump=stack_jump)
            by_name[name] = row
        else:
            # A specialized form behaves as its base does (dis deoptimizes it the same way):
            # same argument, jump facts, cache count and neutral operation.
            row = dict(by_name[base], code=code, name=name, specialized=True)
        rows.append(row)
    rows.sort(key=lambda r: r['code'])

    declared = neutral_ops_declared()
    if declared is not None:
        missing = sorted(set(r['op'] for r in rows) - declared)
        if missing:
            raise SystemExit('NeutralOp has no constant for: ' + ', '.join(missing))

    script = facts['script']
    resource = facts['resource']
    out = []
    w = out.append
    w('# GENERATED from CPython %s\'s own opcode, dis and marshal modules by %s' % (want, script))
    w('# (shared code: spi/tools/opcode_yaml.py). Do not edit by hand.')
    w('# Regenerate: python%s %s --write' % (want, script))
    w('# Check:      python%s %s --check' % (want, script))
    w('pack: ' + facts['pack'])
    w('python_version: "%s"' % want)
    w('magic_numbers: ' + flow_list([str(release_magic())]))
    w('pyc_header_bytes: %d' % facts['pyc_header_bytes'])
    w('marshal_version: %d' % marshal.version)
    w('code_object_fields: ' + flow_list(facts['code_object_fields']))
    w('line_table: ' + facts['line_table'])
    w('exception_model: ' + facts['exception_model'])
    w('free_index_space: ' + facts['free_index_space'])
    w('features: ' + flow_list(facts['features']))
    w('have_argument: %d' % opcode.HAVE_ARGUMENT)
    w('extended_arg: %d' % opcode.EXTENDED_ARG)
    w('compare_ops: ' + flow_list([q(s) for s in opcode.cmp_op]))
    nb_ops = getattr(opcode, '_nb_ops', None) or []
    if nb_ops:
        w('binary_ops:')
        for index, (nb_name, symbol) in enumerate(nb_ops):
            if not nb_name.startswith('NB_'):
                raise SystemExit('unexpected _nb_ops entry ' + nb_name)
            w('  - {symbol: %s, operator: %s}   # %d' % (q(symbol), q(nb_name[3:].lower()), index))
    else:
        w('binary_ops: []')
    w('make_function_flags: ' + flow_list([q(s) for s in getattr(dis, 'MAKE_FUNCTION_FLAGS', ())]))
    d = facts['dis']
    w('dis: {' + ', '.join('%s: %s' % (k, 'true' if d.get(k, False) else 'false') for k in (
        'rstrip_rows', 'recurse', 'exception_table', 'wide_columns', 'long_extended_arg', 'absolute_jumps_show_to',
        'empty_argrepr_parens')) + '}')
    w('opcodes:')
    for r in rows:
        fields = ['code: %d' % r['code'], 'name: ' + q(r['name']), 'arg: ' + r['arg']]
        if r['jump'] is not None:
            relative, junit, backward = r['jump']
            fields.append('jump: {relative: %s, unit: %s, backward: %s}' % (
                'true' if relative else 'false', junit, 'true' if backward else 'false'))
        # cache and specialized are always written: the loader refuses a missing primitive.
        fields.append('cache: %d' % r['cache'])
        fields.append('op: ' + r['op'])
        if r['implied'] is not None:
            fields.append('implied: ' + q(r['implied']))
        fields.append('specialized: ' + ('true' if r['specialized'] else 'false'))
        fields.append('stack: ' + q(r['stack']))
        if r['stack_jump'] is not None:
            fields.append('stack_jump: ' + q(r['stack_jump']))
        w('  - {' + ', '.join(fields) + '}')
    return '\n'.join(out) + '\n'


def main(facts):
    """Command line of a pack script: print, --write, or --check [FILE]."""
    args = sys.argv[1:]
    pack_dir = os.path.dirname(os.path.dirname(os.path.abspath(sys.argv[0])))
    committed = os.path.join(pack_dir, *facts['resource'].split('/'))
    text = generate(facts)
    if not args:
        sys.stdout.write(text)
        return 0
    if args[0] == '--write' and len(args) == 1:
        if not os.path.isdir(os.path.dirname(committed)):
            os.makedirs(os.path.dirname(committed))
        with io.open(committed, 'w', encoding='utf-8', newline='\n') as f:
            f.write(text if isinstance(text, type(u'')) else text.decode('utf-8'))
        print('wrote ' + committed)
        return 0
    if args[0] == '--check' and len(args) <= 2:
        path = args[1] if len(args) == 2 else committed
        with io.open(path, encoding='utf-8', newline='') as f:
            current = f.read()
        expected = text if isinstance(text, type(u'')) else text.decode('utf-8')
        if current == expected:
            print('%s is up to date' % path)
            return 0
        sys.stderr.writelines(difflib.unified_diff(
            current.splitlines(True), expected.splitlines(True), path, 'generated'))
        sys.stderr.write('%s differs from what %s generates; rerun it with --write\n' % (path, facts['script']))
        return 1
    sys.stderr.write('usage: %s [--write | --check [FILE]]\n' % facts['script'])
    return 2
