package org.pyvm.core.modules.sre;

/**
 * The check {@code _sre.compile} makes before accepting a code list: every group reference names
 * a group the pattern has (CPython raises RuntimeError "invalid SRE code" otherwise, e.g. for
 * {@code (?(1)b|c)} in a pattern without groups), and the code decodes within its bounds.
 */
final class SreValidator {
    private final SreOps ops;
    private final int[] code;
    private final int groups;

    private SreValidator(SreOps ops, int[] code, int groups) {
        this.ops = ops;
        this.code = code;
        // 2.7 lets a pattern without groups refer to the first hundred (its "fix for simplejson")
        this.groups = groups == 0 && !ops.mustAdvance && ops.magic == SreOps.V27.magic ? 100 : groups;
    }

    static boolean valid(SreOps ops, int[] code, int groups) {
        if (code.length == 0 || ops.op(code[code.length - 1]) != SreOps.SUCCESS) {
            return false;
        }
        try {
            return new SreValidator(ops, code, groups).walk(0, code.length);
        } catch (ArrayIndexOutOfBoundsException e) {
            return false;
        }
    }

    private boolean walk(int pc, int to) {
        while (pc < to) {
            int op = ops.op(code[pc++]);
            switch (op) {
                case SreOps.FAILURE:
                case SreOps.SUCCESS:
                case SreOps.ANY:
                case SreOps.ANY_ALL:
                case SreOps.MAX_UNTIL:
                case SreOps.MIN_UNTIL:
                    break;
                case SreOps.AT:
                case SreOps.CATEGORY:
                case SreOps.MARK:
                case SreOps.JUMP:
                case SreOps.LITERAL:
                case SreOps.NOT_LITERAL:
                case SreOps.LITERAL_IGNORE:
                case SreOps.NOT_LITERAL_IGNORE:
                case SreOps.LITERAL_UNI_IGNORE:
                case SreOps.NOT_LITERAL_UNI_IGNORE:
                case SreOps.LITERAL_LOC_IGNORE:
                case SreOps.NOT_LITERAL_LOC_IGNORE:
                    pc++;
                    break;
                case SreOps.GROUPREF:
                case SreOps.GROUPREF_IGNORE:
                case SreOps.GROUPREF_UNI_IGNORE:
                case SreOps.GROUPREF_LOC_IGNORE:
                    if (Integer.toUnsignedLong(code[pc]) >= groups) {
                        return false;
                    }
                    pc++;
                    break;
                case SreOps.GROUPREF_EXISTS:
                    if (Integer.toUnsignedLong(code[pc]) >= groups) {
                        return false;
                    }
                    pc += 2;
                    break;
                case SreOps.IN:
                case SreOps.IN_IGNORE:
                case SreOps.IN_UNI_IGNORE:
                case SreOps.IN_LOC_IGNORE:
                case SreOps.INFO:
                    if (code[pc] <= 0) {
                        return false;
                    }
                    pc += code[pc];
                    break;
                case SreOps.BRANCH:
                    while (code[pc] != 0) {
                        int skip = code[pc];
                        if (skip <= 0 || !walk(pc + 1, pc + skip)) {
                            return false;
                        }
                        pc += skip;
                    }
                    pc++;
                    break;
                case SreOps.REPEAT:
                case SreOps.REPEAT_ONE:
                case SreOps.MIN_REPEAT_ONE:
                case SreOps.POSSESSIVE_REPEAT:
                case SreOps.POSSESSIVE_REPEAT_ONE:
                    pc += 3;
                    break;
                case SreOps.ASSERT:
                case SreOps.ASSERT_NOT:
                    pc += 2;
                    break;
                case SreOps.ATOMIC_GROUP:
                    pc++;
                    break;
                default:
                    return false;
            }
        }
        return pc == to;
    }
}
