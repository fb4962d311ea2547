package org.pyvm.core.interp;

import java.util.ArrayList;
import java.util.List;
import org.pyvm.core.code.CodeObject;
import org.pyvm.core.objects.PyDict;
import org.pyvm.core.objects.PyError;
import org.pyvm.core.objects.PyObject;
import org.pyvm.core.objects.PyStr;
import org.pyvm.core.objects.PyTuple;
import org.pyvm.core.runtime.Runtime;
import org.pyvm.spi.LanguageFeature;

/** Binds a call's arguments to a function's parameters, with CPython's error messages for each version. */
final class Arguments {
    static final int CO_VARARGS = 0x04;
    static final int CO_VARKEYWORDS = 0x08;

    private Arguments() {
    }

    static void bind(Runtime rt, PyFunction f, PyObject[] fast, PyObject[] args, String[] kwnames) {
        CodeObject co = f.code;
        if (kwnames == null && args.length == co.argcount && co.kwonlyargcount == 0 && (co.flags & (CO_VARARGS | CO_VARKEYWORDS)) == 0) {
            System.arraycopy(args, 0, fast, 0, args.length); // exactly the positional parameters: most calls
            return;
        }
        int nkw = kwnames == null ? 0 : kwnames.length;
        int given = args.length - nkw;
        int npos = co.argcount;
        int nkwonly = co.kwonlyargcount;
        int slot = npos + nkwonly;
        boolean varargs = (co.flags & CO_VARARGS) != 0;
        boolean varkw = (co.flags & CO_VARKEYWORDS) != 0;
        if (npos == 0 && !varargs && !varkw && args.length > 0 && rt.lang.has(LanguageFeature.STR_IS_BYTES)) {
            throw tooMany(rt, f, given, nkw, kwnames); // 2.7: "f() takes no arguments (N given)", keywords counted
        }
        PyDict kwdict = null;
        if (varkw) {
            kwdict = PyDict.of(rt.lang, List.of());
            fast[slot + (varargs ? 1 : 0)] = kwdict;
        }
        int n = Math.min(given, npos);
        System.arraycopy(args, 0, fast, 0, n);
        if (varargs) {
            PyObject[] extra = new PyObject[Math.max(0, given - npos)];
            if (extra.length > 0) {
                System.arraycopy(args, npos, extra, 0, extra.length);
            }
            fast[slot] = PyTuple.of(extra);
        } else if (given > npos && rt.lang.has(LanguageFeature.STR_IS_BYTES)) {
            throw tooMany(rt, f, given, nkw, kwnames); // 2.7 counts positionals before it looks at any keyword
        }
        for (int k = 0; k < nkw; k++) {
            String name = kwnames[k];
            PyObject value = args[given + k];
            int j = -1;
            for (int p = co.posonlyargcount; p < npos + nkwonly; p++) {
                if (co.varnames[p].equals(name)) {
                    j = p;
                    break;
                }
            }
            if (j < 0) {
                if (kwdict == null) {
                    String posOnly = positionalOnlyPassedAsKeyword(co, kwnames, nkw);
                    if (posOnly != null) {
                        throw PyError.raise("TypeError", label(rt, f) + " got some positional-only arguments passed as keyword arguments: '"
                                + posOnly + "'");
                    }
                    throw PyError.raise("TypeError", label(rt, f) + " got an unexpected keyword argument '" + name + "'");
                }
                kwdict.put(rt.name(name), value);
                continue;
            }
            if (fast[j] != null) {
                String what = rt.lang.has(LanguageFeature.STR_IS_BYTES) ? "keyword argument" : "argument";
                throw PyError.raise("TypeError", label(rt, f) + " got multiple values for " + what + " '" + name + "'");
            }
            fast[j] = value;
        }
        if (given > npos && !varargs) {
            throw tooMany(rt, f, given, nkw, kwnames); // 3.x: after the keywords, whose errors come first
        }
        if (given < npos) {
            PyObject[] defaults = f.defaults == null ? new PyObject[0] : f.defaults;
            int firstDefault = npos - defaults.length;
            List<String> missing = new ArrayList<>();
            for (int p = 0; p < npos; p++) {
                if (fast[p] == null) {
                    if (p >= firstDefault) {
                        fast[p] = defaults[p - firstDefault];
                    } else {
                        missing.add(co.varnames[p]);
                    }
                }
            }
            if (!missing.isEmpty()) {
                if (rt.lang.has(LanguageFeature.STR_IS_BYTES)) {
                    throw tooMany(rt, f, given, nkw, kwnames);
                }
                throw missing(rt, f, missing, "positional");
            }
        }
        if (nkwonly > 0) {
            List<String> missing = new ArrayList<>();
            for (int p = npos; p < npos + nkwonly; p++) {
                if (fast[p] == null) {
                    PyObject d = f.kwdefaults == null ? null : f.kwdefaults.get(PyStr.of(co.varnames[p]));
                    if (d != null) {
                        fast[p] = d;
                    } else {
                        missing.add(co.varnames[p]);
                    }
                }
            }
            if (!missing.isEmpty()) {
                throw missing(rt, f, missing, "keyword-only");
            }
        }
    }

    /**
     * The positional-only parameters among the keywords, in parameter order and joined by ", ", or null.
     * Like ceval.c's positional_only_passed_as_keyword, asked at the first keyword that names no
     * parameter, so it names all of them, whichever keyword came first.
     */
    private static String positionalOnlyPassedAsKeyword(CodeObject co, String[] kwnames, int nkw) {
        StringBuilder names = new StringBuilder();
        for (int p = 0; p < co.posonlyargcount; p++) {
            for (int k = 0; k < nkw; k++) {
                if (co.varnames[p].equals(kwnames[k])) {
                    names.append(names.length() > 0 ? ", " : "").append(co.varnames[p]);
                    break;
                }
            }
        }
        return names.length() > 0 ? names.toString() : null;
    }

    private static String label(Runtime rt, PyFunction f) {
        // 2.7 and 3.6 name the code (co_name), 3.10+ the function (func_qualname): a renamed function reads as before
        return (rt.lang.has(LanguageFeature.CALL_ERRORS_USE_QUALNAME) ? f.qualname : f.code.name) + "()";
    }

    private static PyError missing(Runtime rt, PyFunction f, List<String> names, String kind) {
        StringBuilder list = new StringBuilder();
        for (int i = 0; i < names.size(); i++) {
            if (i > 0) {
                list.append(names.size() == 2 ? " and " : i == names.size() - 1 ? ", and " : ", ");
            }
            list.append('\'').append(names.get(i)).append('\'');
        }
        return PyError.raise("TypeError", label(rt, f) + " missing " + names.size() + " required " + kind + " argument"
                + (names.size() == 1 ? "" : "s") + ": " + list);
    }

    private static PyError tooMany(Runtime rt, PyFunction f, int given, int nkw, String[] kwnames) {
        CodeObject co = f.code;
        int npos = co.argcount;
        int ndefaults = f.defaults == null ? 0 : f.defaults.length;
        if (rt.lang.has(LanguageFeature.STR_IS_BYTES)) {
            boolean varargs = (co.flags & CO_VARARGS) != 0;
            String howMany = ndefaults > 0 ? (given > npos ? "at most" : "at least") : "exactly";
            int expected = given > npos || ndefaults == 0 ? npos : npos - ndefaults;
            if (varargs) {
                howMany = "at least";
                expected = npos - ndefaults;
            }
            if (npos == 0 && !varargs && (co.flags & CO_VARKEYWORDS) == 0) {
                // only a function with no parameters at all: one with **kwargs is "takes exactly 0 arguments"
                return PyError.raise("TypeError", f.code.name + "() takes no arguments (" + (given + nkw) + " given)");
            }
            return PyError.raise("TypeError", f.code.name + "() takes " + howMany + " " + expected + " argument" + (expected == 1 ? "" : "s")
                    + " (" + (given + nkw) + " given)");
        }
        String takes;
        if (ndefaults > 0) {
            takes = "from " + (npos - ndefaults) + " to " + npos + " positional arguments";
        } else {
            takes = npos + " positional argument" + (npos == 1 ? "" : "s");
        }
        // the keyword-only parameters among the call's keywords (they are bound after this check)
        int kwonlyGiven = 0;
        for (int k = 0; k < nkw; k++) {
            for (int p = npos; p < npos + co.kwonlyargcount; p++) {
                if (co.varnames[p].equals(kwnames[k])) {
                    kwonlyGiven++;
                }
            }
        }
        String was = given == 1 && kwonlyGiven == 0 ? "was" : "were"; // "1 positional argument (and 1 keyword-only argument) were given"
        String extra = kwonlyGiven > 0 ? " positional argument" + (given == 1 ? "" : "s") + " (and " + kwonlyGiven
                + " keyword-only argument" + (kwonlyGiven == 1 ? "" : "s") + ")" : "";
        return PyError.raise("TypeError", label(rt, f) + " takes " + takes + " but " + given + extra + " " + was + " given");
    }
}
