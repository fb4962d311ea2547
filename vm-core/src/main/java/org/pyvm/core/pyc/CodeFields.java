package org.pyvm.core.pyc;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import org.pyvm.core.code.CodeObject;
import org.pyvm.core.errors.BadInputException;
import org.pyvm.core.objects.Language;
import org.pyvm.core.objects.PyBytes;
import org.pyvm.core.objects.PyNone;
import org.pyvm.core.objects.PyObject;
import org.pyvm.core.objects.PyStr;
import org.pyvm.core.objects.PyTuple;
import org.pyvm.spi.CodeField;
import org.pyvm.spi.OpcodePack;

/**
 * Checks a marshalled code object's fields the way CPython's code constructor does (3.11
 * {@code _PyCode_Validate}, 2.7/3.6 {@code PyCode_New}) and builds the {@link CodeObject}, so
 * corrupt fields become one clear {@link BadInputException} instead of a Java exception later.
 */
final class CodeFields {
    private static final int CO_VARARGS = 0x4;
    private static final int CO_VARKEYWORDS = 0x8;

    private CodeFields() {
    }

    /** {@code co_argcount} for {@link CodeField#ARGCOUNT}, and so on. */
    static String fieldName(CodeField f) {
        return "co_" + f.name().toLowerCase(Locale.ROOT);
    }

    /**
     * @param strIsBytes 2.7: names and file names are {@code str} (bytes); 3.x: {@code str} (text)
     * @param at         offset of the code object's type byte, for messages
     */
    static CodeObject build(OpcodePack pack, Language lang, boolean strIsBytes, Map<CodeField, Object> fields, int at) {
        for (Map.Entry<CodeField, Object> e : fields.entrySet()) {
            check(e.getKey(), e.getValue(), strIsBytes, at);
        }
        int argcount = intOr0(fields, CodeField.ARGCOUNT);
        int posonly = intOr0(fields, CodeField.POSONLYARGCOUNT);
        if (argcount < posonly) {
            throw bad("co_argcount " + argcount + " is less than co_posonlyargcount " + posonly, at);
        }
        Object kinds = fields.get(CodeField.LOCALSPLUSKINDS);
        Object plus = fields.get(CodeField.LOCALSPLUSNAMES);
        int nvarnames;
        if (plus != null) {
            if (!(kinds instanceof PyBytes k)) {
                throw bad("co_localsplusnames without co_localspluskinds", at);
            }
            int nnames = ((PyTuple) plus).size();
            if (k.bytes().length != nnames) {
                throw bad("co_localspluskinds has " + k.bytes().length + " entries for " + nnames + " co_localsplusnames", at);
            }
            nvarnames = 0;
            for (byte b : k.bytes()) {
                if ((b & CodeObject.KIND_LOCAL) != 0) {
                    nvarnames++;
                }
            }
        } else {
            Object varnames = fields.get(CodeField.VARNAMES);
            nvarnames = varnames instanceof PyTuple t ? t.size() : 0;
        }
        int flags = intOr0(fields, CodeField.FLAGS);
        // Compare 3.11 _PyCode_Validate: "co_varnames is too small" (the arguments are the first locals).
        long args = (long) argcount + intOr0(fields, CodeField.KWONLYARGCOUNT)
                + ((flags & CO_VARARGS) != 0 ? 1 : 0) + ((flags & CO_VARKEYWORDS) != 0 ? 1 : 0);
        if (args > nvarnames) {
            throw bad("code object with " + args + " arguments has only " + nvarnames + " local variable names", at);
        }
        try {
            return new CodeObject(pack, lang, fields, new Names(strIsBytes));
        } catch (BadInputException e) {
            throw e;
        } catch (RuntimeException e) {
            throw bad("invalid code object: " + e.getMessage(), at);
        }
    }

    private static void check(CodeField f, Object v, boolean strIsBytes, int at) {
        switch (f) {
            case ARGCOUNT, POSONLYARGCOUNT, KWONLYARGCOUNT, NLOCALS, STACKSIZE -> {
                int n = (Integer) v;
                if (n < 0) {
                    throw bad("negative " + fieldName(f) + " " + n, at);
                }
            }
            case FLAGS, FIRSTLINENO -> {
                // any int32
            }
            case CODE, LNOTAB, LINETABLE, EXCEPTIONTABLE, LOCALSPLUSKINDS -> {
                if (!(v instanceof PyBytes)) {
                    throw wrongType(f, v, strIsBytes ? "str" : "bytes", strIsBytes, at);
                }
            }
            case CONSTS -> {
                if (!(v instanceof PyTuple)) {
                    throw wrongType(f, v, "tuple", strIsBytes, at);
                }
            }
            case NAMES, VARNAMES, FREEVARS, CELLVARS, LOCALSPLUSNAMES -> {
                if (!(v instanceof PyTuple t)) {
                    throw wrongType(f, v, "tuple", strIsBytes, at);
                }
                for (PyObject item : t.items()) {
                    if (!isName(item, strIsBytes)) {
                        throw bad("code object's " + fieldName(f) + " holds a " + kind(item, strIsBytes) + ", expected str", at);
                    }
                }
            }
            case FILENAME, NAME, QUALNAME -> {
                if (!isName(v, strIsBytes)) {
                    throw wrongType(f, v, "str", strIsBytes, at);
                }
            }
            default -> {
            }
        }
    }

    private static boolean isName(Object v, boolean strIsBytes) {
        return strIsBytes ? v instanceof PyBytes : v instanceof PyStr;
    }

    private static int intOr0(Map<CodeField, Object> fields, CodeField f) {
        Object v = fields.get(f);
        return v == null ? 0 : (Integer) v;
    }

    private static BadInputException wrongType(CodeField f, Object v, String expected, boolean strIsBytes, int at) {
        return bad("code object's " + fieldName(f) + " is a " + kind(v, strIsBytes) + ", expected " + expected, at);
    }

    private static BadInputException bad(String what, int at) {
        return MarshalReader.bad(what, at);
    }

    /** The Python type name of a marshalled value, for messages (2.7 calls bytes {@code str}). */
    static String kind(Object v, boolean strIsBytes) {
        if (v instanceof PyBytes) {
            return strIsBytes ? "str" : "bytes";
        }
        if (v instanceof PyStr) {
            return strIsBytes ? "unicode" : "str";
        }
        if (v instanceof PyNone) {
            return "None";
        }
        if (v instanceof PyObject o) {
            String simple = o.getClass().getSimpleName();
            if (o instanceof CodeObject) {
                return "code object";
            }
            return simple.startsWith("Py") ? simple.substring(2).toLowerCase(Locale.ROOT) : simple;
        }
        return String.valueOf(v);
    }

    /** {@link CodeObject.Strings} over checked fields: 2.7 names are bytes, 3.x names are text. */
    private static final class Names implements CodeObject.Strings {
        private final boolean strIsBytes;

        Names(boolean strIsBytes) {
            this.strIsBytes = strIsBytes;
        }

        @Override
        public byte[] bytes(Object value) {
            if (value instanceof PyBytes b) {
                return b.bytes();
            }
            throw new BadInputException("bad marshal data: code object lacks a bytes field (got " + kind(value, strIsBytes) + ")");
        }

        /**
         * Interned, as CPython interns identifiers: a name is then one Java string in every code object, and the
         * maps keyed by names (an instance's attributes, a class's dict) find it by identity. 3.x marshal data
         * shares a name between code objects by reference already; 2.7's names are byte strings, each decoded to
         * a string of its own, so {@code self.state} stored by {@code __init__} and read by another method had
         * compared the two strings char by char.
         */
        @Override
        public String name(Object value) {
            if (value instanceof PyStr s) {
                return s.value().intern();
            }
            if (value instanceof PyBytes b) {
                return bytesName(b.bytes()).intern();
            }
            throw new BadInputException("bad marshal data: code object lacks a name field (got " + kind(value, strIsBytes) + ")");
        }

        @Override
        public String[] names(Object value) {
            PyObject[] items = tuple(value);
            String[] out = new String[items.length];
            for (int i = 0; i < items.length; i++) {
                out[i] = name(items[i]);
            }
            return out;
        }

        @Override
        public PyObject[] tuple(Object value) {
            if (value instanceof PyTuple t) {
                return t.items();
            }
            throw new BadInputException("bad marshal data: code object lacks a tuple field (got " + kind(value, strIsBytes) + ")");
        }
    }

    /**
     * A 2.7 {@code str} name as Java text: UTF-8 when it is valid UTF-8 (identifiers are ASCII; file
     * names usually UTF-8), else ISO-8859-1 so that every byte maps to one char.
     */
    static String bytesName(byte[] b) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(b)).toString();
        } catch (CharacterCodingException e) {
            return new String(b, StandardCharsets.ISO_8859_1);
        }
    }
}
