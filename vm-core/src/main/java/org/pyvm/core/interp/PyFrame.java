package org.pyvm.core.interp;

import org.pyvm.core.code.CodeObject;
import org.pyvm.core.objects.CustomAttributes;
import org.pyvm.core.objects.Ids;
import org.pyvm.core.objects.Language;
import org.pyvm.core.objects.PyBool;
import org.pyvm.core.objects.PyCell;
import org.pyvm.core.objects.PyDict;
import org.pyvm.core.objects.PyInt;
import org.pyvm.core.objects.PyNone;
import org.pyvm.core.objects.PyObject;
import org.pyvm.spi.LanguageFeature;

/**
 * The Python-visible frame object ({@code sys._getframe()}, {@code tb.tb_frame}, {@code types.FrameType}): a
 * thin view of an interpreter {@link Frame}, made the first time a program asks for it and then kept by the
 * frame, so {@code sys._getframe() is sys._getframe()} as in CPython. Running code never makes one.
 */
final class PyFrame extends PyObject implements CustomAttributes {
    final Frame frame;
    /** A function frame's {@code f_locals}: one dict, refreshed from the fast locals at each request, as CPython's. */
    private PyDict localsSnapshot;

    PyFrame(Frame frame) {
        this.frame = frame;
    }

    /** Before 3.11, a frame that has run nothing (a fresh generator's) is at f_lasti -1; 3.11's is at its RESUME. */
    private boolean ranNothing() {
        Frame f = frame;
        return f.ip == 0 && !f.compiled && !f.code.lang.has(LanguageFeature.EXCEPTION_GROUPS);
    }

    @Override
    public PyObject attribute(String name) {
        Frame f = frame;
        Language lang = f.code.lang;
        boolean py2 = lang.has(LanguageFeature.STR_IS_BYTES);
        switch (name) {
            case "f_back":
                return f.back == null ? PyNone.NONE : f.back.frameObject();
            case "f_globals":
                return f.globals;
            case "f_locals":
                return locals();
            case "f_builtins":
                return f.builtins;
            case "f_code":
                return f.code;
            case "f_lineno":
                // the line of f_lasti -1 (PyCode_Addr2Line): the code's first line, the def of a fresh generator
                return PyInt.of(ranNothing() ? f.code.firstlineno : f.lineNow());
            case "f_lasti":
                return PyInt.of(ranNothing() ? -1 : f.dc.length() == 0 ? 0 : f.dc.offset[f.executing()]);
            case "f_trace":
                return PyNone.NONE;
            case "f_restricted":
                return py2 ? PyBool.FALSE : null;
            case "f_exc_type":
            case "f_exc_value":
            case "f_exc_traceback":
                return py2 ? PyNone.NONE : null;
            case "f_trace_lines":
                return lang.minor() >= 7 && !py2 ? PyBool.TRUE : null;
            case "f_trace_opcodes":
                return lang.minor() >= 7 && !py2 ? PyBool.FALSE : null;
            case "clear":
                // 3.4+: frame.clear() drops a finished frame's variables (traceback.clear_frames, which unittest's
                // assertRaises calls, ignores the RuntimeError of a frame still running). Frames here hold their
                // variables until they are collected, so there is nothing it needs to drop
                return py2 ? null : new org.pyvm.core.objects.PyBuiltinFunction("clear", (a, kw) -> {
                    if (a.length != 0) {
                        throw org.pyvm.core.objects.PyError.raise("TypeError", "clear() takes no arguments (" + a.length + " given)");
                    }
                    return PyNone.NONE;
                });
            default:
                return null;
        }
    }

    /** Module and class bodies: their namespace itself; functions: their variables (cells' contents included). */
    PyDict locals() {
        Frame f = frame;
        if (f.locals != null) {
            if (unoptimizedFunction(f)) {
                fill(f, f.locals); // PyFrame_FastToLocals: the function's fast variables join its names
            }
            return f.locals;
        }
        if (localsSnapshot == null) {
            localsSnapshot = PyDict.of(f.code.lang, java.util.List.of());
        }
        fill(f, localsSnapshot);
        return localsSnapshot;
    }

    /**
     * Copies a function frame's variables into {@code d} in CPython's order (co_varnames, then cell and free
     * variables), dropping names that are unbound now.
     */
    static void fill(Frame f, PyDict d) {
        CodeObject co = f.code;
        Language lang = co.lang;
        if (!co.separateCells) {
            // 3.11: every variable, cells included, lives in the localsplus array
            for (int i = 0; i < co.localsplusNames.length && i < f.fast.length; i++) {
                put(d, lang, co.localsplusNames[i], f.fast[i] instanceof PyCell c ? c.value : f.fast[i]);
            }
            return;
        }
        // 2.7 and 3.6's map_to_dict walks each list from its end; an argument that is a cell is the cell's alone
        // (its local slot was cleared when the cell was made)
        java.util.List<String> cellNames = java.util.List.of(co.cellvars);
        for (int i = Math.min(co.varnames.length, f.fast.length) - 1; i >= 0; i--) {
            if (!cellNames.contains(co.varnames[i])) {
                put(d, lang, co.varnames[i], f.fast[i]);
            }
        }
        for (int i = co.cellvars.length - 1; i >= 0; i--) {
            put(d, lang, co.cellvars[i], f.cells == null || f.cells[i] == null ? null : f.cells[i].value);
        }
        for (int i = f.cells == null ? -1 : co.freevars.length - 1; i >= 0; i--) {
            PyCell c = f.cells[co.cellvars.length + i];
            put(d, lang, co.freevars[i], c == null ? null : c.value);
        }
    }

    /**
     * A 2.7 function whose code has a bare exec (no CO_OPTIMIZED): its frame has a names dict besides its fast
     * variables, which locals() and exec bring together (PyFrame_FastToLocals, then PyFrame_LocalsToFast).
     */
    static boolean unoptimizedFunction(Frame f) {
        return f.function != null && (f.code.flags & 0x1) == 0 && f.locals != null
                && f.code.varnames.length + f.code.cellvars.length + f.code.freevars.length > 0;
    }

    /** PyFrame_LocalsToFast(f, 0): names the dict holds go back into the variables; others keep their values. */
    static void localsToFast(Frame f) {
        CodeObject co = f.code;
        java.util.List<String> cellNames = java.util.List.of(co.cellvars);
        for (int i = 0; i < Math.min(co.varnames.length, f.fast.length); i++) {
            PyObject v = f.locals.get(CodeObject.nameKey(co.lang, co.varnames[i]));
            if (v != null && !cellNames.contains(co.varnames[i])) {
                f.fast[i] = v;
            }
        }
        String[] cellAndFree = new String[co.cellvars.length + co.freevars.length];
        System.arraycopy(co.cellvars, 0, cellAndFree, 0, co.cellvars.length);
        System.arraycopy(co.freevars, 0, cellAndFree, co.cellvars.length, co.freevars.length);
        for (int i = 0; f.cells != null && i < cellAndFree.length && i < f.cells.length; i++) {
            PyObject v = f.locals.get(CodeObject.nameKey(co.lang, cellAndFree[i]));
            if (v != null && f.cells[i] != null) {
                f.cells[i].value = v;
            }
        }
    }

    private static void put(PyDict d, Language lang, String name, PyObject value) {
        PyObject key = CodeObject.nameKey(lang, name);
        if (value == null) {
            d.remove(key);
        } else {
            d.put(key, value);
        }
    }

    @Override
    public String typeName(Language lang) {
        return "frame";
    }

    /** 3.8+: {@code <frame at 0x..., file '...', line N, code NAME>}; before: {@code <frame object at 0x...>}. */
    @Override
    public String repr(Language lang) {
        String at = "0x" + Long.toHexString(Ids.address(this));
        Language l = frame.code.lang;
        if (l.major() == 3 && l.minor() >= 8) {
            return "<frame at " + at + ", file '" + frame.code.filename + "', line " + frame.lineNow() + ", code " + frame.code.name + ">";
        }
        return "<frame object at " + at + ">";
    }
}
