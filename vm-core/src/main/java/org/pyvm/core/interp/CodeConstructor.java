package org.pyvm.core.interp;

import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import org.pyvm.core.code.CodeObject;
import org.pyvm.core.code.ProgramCodes;
import org.pyvm.core.objects.PyBytes;
import org.pyvm.core.objects.PyError;
import org.pyvm.core.objects.PyInt;
import org.pyvm.core.objects.PyObject;
import org.pyvm.core.objects.PyStr;
import org.pyvm.core.objects.PyTuple;
import org.pyvm.core.runtime.Ops;
import org.pyvm.core.runtime.Runtime;
import org.pyvm.spi.CodeField;

/**
 * {@code code(...)} ({@code types.CodeType}): a code object from its parts, as 3.6's {@code types.coroutine} makes one
 * (a copy of a generator function's code with another flag) and code-rewriting libraries do. The parts are the
 * running version's (2.7: no kwonlyargcount; 3.8+: posonlyargcount; 3.11: qualname, linetable and exceptiontable);
 * the code is decoded by the running program's pack, as a marshalled one would be.
 */
final class CodeConstructor {
    private CodeConstructor() {
    }

    private enum Part { INT, BYTES, TUPLE, NAMES, STR }

    static PyObject make(Interpreter in, PyObject[] a, String[] kw) {
        Runtime rt = in.rt;
        boolean py2 = rt.lang.major() == 2;
        boolean since38 = !py2 && rt.lang.minor() >= 8;
        boolean since311 = !py2 && rt.lang.minor() >= 11;
        Map<CodeField, Object> fields = new EnumMap<>(CodeField.class);
        int k = 0;
        int npos = a.length - (kw == null ? 0 : kw.length);
        int required = py2 ? 12 : since311 ? 16 : since38 ? 14 : 13;
        if (kw != null && kw.length > 0) {
            throw PyError.raise("TypeError", "code() takes no keyword arguments");
        }
        if (npos < required || npos > required + 2) {
            throw PyError.raise("TypeError", since311 ? "code expected " + (npos < required ? "at least " + required : "at most " + (required + 2))
                    + " arguments, got " + npos : "code() takes at " + (npos < required ? "least " + required : "most " + (required + 2))
                    + " arguments (" + npos + " given)");
        }
        fields.put(CodeField.ARGCOUNT, part(rt, a[k++], Part.INT));
        if (since38) {
            fields.put(CodeField.POSONLYARGCOUNT, part(rt, a[k++], Part.INT));
        }
        if (!py2) {
            fields.put(CodeField.KWONLYARGCOUNT, part(rt, a[k++], Part.INT));
        }
        fields.put(CodeField.NLOCALS, part(rt, a[k++], Part.INT));
        fields.put(CodeField.STACKSIZE, part(rt, a[k++], Part.INT));
        fields.put(CodeField.FLAGS, part(rt, a[k++], Part.INT));
        fields.put(CodeField.CODE, part(rt, a[k++], Part.BYTES));
        fields.put(CodeField.CONSTS, part(rt, a[k++], Part.TUPLE));
        fields.put(CodeField.NAMES, part(rt, a[k++], Part.NAMES));
        fields.put(CodeField.VARNAMES, part(rt, a[k++], Part.NAMES));
        fields.put(CodeField.FILENAME, part(rt, a[k++], Part.STR));
        fields.put(CodeField.NAME, part(rt, a[k++], Part.STR));
        if (since311) {
            fields.put(CodeField.QUALNAME, part(rt, a[k++], Part.STR));
        }
        fields.put(CodeField.FIRSTLINENO, part(rt, a[k++], Part.INT));
        fields.put(since311 ? CodeField.LINETABLE : CodeField.LNOTAB, part(rt, a[k++], Part.BYTES));
        if (since311) {
            fields.put(CodeField.EXCEPTIONTABLE, part(rt, a[k++], Part.BYTES));
        }
        fields.put(CodeField.FREEVARS, k < npos ? part(rt, a[k++], Part.NAMES) : new String[0]);
        fields.put(CodeField.CELLVARS, k < npos ? part(rt, a[k++], Part.NAMES) : new String[0]);
        return ProgramCodes.fromParts(in.current.code.pack, fields);
    }

    /** One argument in the Java form {@link ProgramCodes#fromParts} takes, or CPython's TypeError for the wrong kind. */
    private static Object part(Runtime rt, PyObject v, Part kind) {
        switch (kind) {
            case INT:
                if (v instanceof PyInt i && i.big == null && i.small >= Integer.MIN_VALUE && i.small <= Integer.MAX_VALUE) {
                    return (int) i.small;
                }
                break;
            case BYTES:
                if (v instanceof PyBytes b) {
                    return b.bytes();
                }
                break;
            case TUPLE:
                if (v instanceof PyTuple t) {
                    return t.items().clone();
                }
                break;
            case NAMES:
                if (v instanceof PyTuple t) {
                    String[] out = new String[t.items().length];
                    for (int i = 0; i < out.length; i++) {
                        out[i] = (String) part(rt, t.items()[i], Part.STR);
                    }
                    return out;
                }
                break;
            case STR:
                if (v instanceof PyStr s) {
                    return s.value();
                }
                if (v instanceof PyBytes b && rt.lang.major() == 2) {
                    return new String(b.bytes(), StandardCharsets.UTF_8);
                }
                break;
            default:
                break;
        }
        String wanted = switch (kind) {
            case INT -> "int";
            case BYTES -> "bytes";
            case TUPLE, NAMES -> "tuple";
            case STR -> "str";
        };
        throw PyError.raise("TypeError", "code() argument must be " + wanted + ", not " + Ops.typeName(rt, v));
    }
}
