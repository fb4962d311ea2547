package org.pyvm.core.code;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.pyvm.core.errors.BadInputException;
import org.pyvm.core.objects.Language;
import org.pyvm.core.objects.PyBool;
import org.pyvm.core.objects.PyBytes;
import org.pyvm.core.objects.PyFloat;
import org.pyvm.core.objects.PyInt;
import org.pyvm.core.objects.PyNone;
import org.pyvm.core.objects.PyObject;
import org.pyvm.core.objects.PyStr;
import org.pyvm.spi.CodeField;
import org.pyvm.spi.LanguageFeature;
import org.pyvm.spi.OpcodePack;
import org.pyvm.spi.ProgramCode;

/**
 * Makes the code object of a program a pack loaded from a file of its own format
 * ({@link OpcodePack#loadProgram}), so that it runs exactly as a module read from a .pyc: same
 * decoding, same checks, same interpreter.
 */
public final class ProgramCodes {
    private ProgramCodes() {
    }

    /**
     * @throws BadInputException when a constant is of a type no Python constant has
     */
    public static CodeObject codeObject(OpcodePack pack, ProgramCode program) {
        Language lang = Language.of(pack.table());
        List<Object> consts = program.consts();
        PyObject[] values = new PyObject[consts.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = constant(lang, consts.get(i));
        }
        Map<CodeField, Object> fields = new EnumMap<>(CodeField.class);
        fields.put(CodeField.STACKSIZE, program.stackSize());
        fields.put(CodeField.CODE, program.code());
        fields.put(CodeField.CONSTS, values);
        fields.put(CodeField.NAMES, program.names().toArray(new String[0]));
        fields.put(CodeField.VARNAMES, new String[0]);
        fields.put(CodeField.CELLVARS, new String[0]);
        fields.put(CodeField.FREEVARS, new String[0]);
        fields.put(CodeField.FILENAME, program.filename());
        fields.put(CodeField.NAME, program.name());
        fields.put(CodeField.FIRSTLINENO, program.firstLine());
        return new CodeObject(pack, lang, fields, new JavaFields());
    }

    /**
     * A code object from parts already in their Java forms (ints as Integer, code and tables as byte[], constants as
     * PyObject[], names as String[]): {@code code(...)} called by a program.
     *
     * @throws BadInputException when the bytecode is invalid for {@code pack} (on its first run, as for a .pyc)
     */
    public static CodeObject fromParts(OpcodePack pack, Map<CodeField, Object> fields) {
        return new CodeObject(pack, Language.of(pack.table()), fields, new JavaFields());
    }

    /** A constant from its Java form, as the running language level spells it (2.7's text is a byte string). */
    private static PyObject constant(Language lang, Object value) {
        if (value == null) {
            return PyNone.NONE;
        }
        if (value instanceof Boolean b) {
            return PyBool.of(b);
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            return PyInt.of(((Number) value).longValue());
        }
        if (value instanceof BigInteger b) {
            return PyInt.of(b);
        }
        if (value instanceof Double || value instanceof Float) {
            return PyFloat.of(((Number) value).doubleValue());
        }
        if (value instanceof String s) {
            return lang.has(LanguageFeature.STR_IS_BYTES) ? PyBytes.of(s.getBytes(StandardCharsets.UTF_8)) : PyStr.of(s);
        }
        throw new BadInputException("a program constant cannot be a " + value.getClass().getSimpleName());
    }

    /** The fields are already in their Java forms: nothing to convert. */
    private static final class JavaFields implements CodeObject.Strings {
        @Override
        public byte[] bytes(Object value) {
            return value == null ? new byte[0] : (byte[]) value;
        }

        @Override
        public String name(Object value) {
            return (String) value;
        }

        @Override
        public String[] names(Object value) {
            return (String[]) value;
        }

        @Override
        public PyObject[] tuple(Object value) {
            return (PyObject[]) value;
        }
    }
}
