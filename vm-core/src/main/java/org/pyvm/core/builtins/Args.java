package org.pyvm.core.builtins;

import org.pyvm.core.objects.PyError;
import org.pyvm.core.objects.PyObject;
import org.pyvm.core.runtime.Runtime;
import org.pyvm.spi.LanguageFeature;

/** Reading a builtin's arguments (positional values, then keyword values named by kwnames) with CPython's errors. */
final class Args {
    private final Runtime rt;
    private final String fname;
    private final PyObject[] args;
    private final String[] kwnames;
    private final int npos;

    Args(Runtime rt, String fname, PyObject[] args, String[] kwnames) {
        this.rt = rt;
        this.fname = fname;
        this.args = args;
        this.kwnames = kwnames;
        this.npos = args.length - (kwnames == null ? 0 : kwnames.length);
    }

    int count() {
        return npos;
    }

    /** The keyword arguments' names, in call order (none: empty). */
    String[] keywordNames() {
        return kwnames == null ? new String[0] : kwnames.clone();
    }

    String name() {
        return fname;
    }

    /** Positional argument {@code i}, or null when absent. */
    PyObject get(int i) {
        return i < npos ? args[i] : null;
    }

    /** Keyword argument {@code name}, or null. */
    PyObject kw(String name) {
        if (kwnames != null) {
            for (int k = 0; k < kwnames.length; k++) {
                if (kwnames[k].equals(name)) {
                    return args[npos + k];
                }
            }
        }
        return null;
    }

    /** How many arguments were given by position. */
    int positionalCount() {
        return npos;
    }

    boolean hasKeywords() {
        return kwnames != null && kwnames.length > 0;
    }

    /** Positional {@code i} or keyword {@code name}. */
    PyObject get(int i, String name) {
        PyObject v = get(i);
        return v != null ? v : kw(name);
    }

    /** Every keyword argument into {@code d}, keyed by the level's native str. */
    void putKeywords(Runtime rt, org.pyvm.core.objects.PyDict d) {
        if (kwnames != null) {
            for (int k = 0; k < kwnames.length; k++) {
                d.put(org.pyvm.core.runtime.Strings.text(rt, kwnames[k]), args[npos + k]);
            }
        }
    }

    PyObject[] positional() {
        PyObject[] out = new PyObject[npos];
        System.arraycopy(args, 0, out, 0, npos);
        return out;
    }

    /** An integer taken through __index__ alone ({@code round(x, n)}): "'X' object cannot be interpreted as an integer". */
    static long indexStrict(Runtime rt, PyObject o) {
        if (o instanceof org.pyvm.core.objects.PyInt || o instanceof org.pyvm.core.objects.PyBool || o instanceof org.pyvm.core.objects.PyInstance) {
            return index(rt, o);
        }
        throw PyError.raise("TypeError", "'" + org.pyvm.core.runtime.Ops.typeName(rt, o) + "' object cannot be interpreted as an integer");
    }

    /**
     * A Py_ssize_t argument (getargs "n"): a float is "integer argument expected, got float" before 3.7
     * (2.7 and 3.6 check it first); anything else without __index__ is 3.x's "cannot be interpreted as an
     * integer" or 2.7's "an integer is required".
     */
    static long ssize(Runtime rt, PyObject o) {
        if (o instanceof org.pyvm.core.objects.PyFloat && !Level.modern(rt)) {
            throw PyError.raise("TypeError", "integer argument expected, got float");
        }
        return Level.py2(rt) ? index(rt, o) : indexStrict(rt, o);
    }

    /**
     * A C int argument: before 3.7 getargs "i" (a float is "integer argument expected, got float", checked first; past
     * a C long "too large to convert to C long", past an int "signed integer is greater than maximum"), from 3.7
     * Argument Clinic's int (_PyLong_AsInt: past an int "too large to convert to C int").
     */
    static long cInt(Runtime rt, PyObject o) {
        boolean clinic = !Level.py2(rt) && rt.lang.minor() >= 7;
        if (o instanceof org.pyvm.core.objects.PyFloat && !Level.modern(rt)) {
            throw PyError.raise("TypeError", "integer argument expected, got float");
        }
        PyObject v = o;
        if (o instanceof org.pyvm.core.objects.PyInstance) {
            // "i" converts through __int__ (PyLong_AsLong), Clinic's int through __index__; each called once
            PyObject r = org.pyvm.core.runtime.Ops.callMethod(rt, o, clinic ? "__index__" : "__int__");
            if (r == null && !clinic) {
                throw PyError.raise("TypeError", Level.py2(rt) ? "an integer is required"
                        : "an integer is required (got type " + org.pyvm.core.runtime.Ops.typeName(rt, o) + ")");
            }
            v = r == null ? o : org.pyvm.core.runtime.Ops.indexResult(rt, r);
        }
        if (v instanceof org.pyvm.core.objects.PyInt i && (i.big != null || i.small != (int) i.small)) {
            if (clinic || i.big != null) {
                throw PyError.raise("OverflowError", "Python int too large to convert to C " + (clinic ? "int" : "long"));
            }
            throw PyError.raise("OverflowError", "signed integer is " + (i.small > 0 ? "greater than maximum" : "less than minimum"));
        }
        return index(rt, v);
    }

    /** An integer argument (int, bool or __index__), with CPython's TypeError for anything else. */
    static long index(Runtime rt, PyObject o) {
        if (o instanceof org.pyvm.core.objects.PyInt i) {
            if (i.big != null) { // PyLong_AsSsize_t's words: 2.7 still names a C long
                throw PyError.raise("OverflowError", Level.py2(rt) ? "Python int too large to convert to C long"
                        : "Python int too large to convert to C ssize_t");
            }
            return i.small;
        }
        if (o instanceof org.pyvm.core.objects.PyBool b) {
            return b.value ? 1 : 0;
        }
        if (o instanceof org.pyvm.core.objects.PyInstance) {
            PyObject v = org.pyvm.core.runtime.Ops.callMethod(rt, o, "__index__");
            if (v instanceof org.pyvm.core.objects.PyInt) {
                return index(rt, v);
            }
        }
        String type = org.pyvm.core.runtime.Ops.typeName(rt, o);
        if (Level.py2(rt)) {
            throw PyError.raise("TypeError", "an integer is required");
        }
        if (Level.modern(rt) || o instanceof org.pyvm.core.objects.PyFloat) {
            throw PyError.raise("TypeError", "'" + type + "' object cannot be interpreted as an integer");
        }
        throw PyError.raise("TypeError", "an integer is required (got type " + type + ")");
    }

    /**
     * The one argument of a slot wrapper ({@code (1).__add__(x)}), checked as typeobject.c's check_num_args does:
     * "expected 1 arguments, got 0" ("1 argument" from 3.8), keywords refused first.
     */
    PyObject slotOperand() {
        if (hasKeywords()) {
            throw PyError.raise("TypeError", "wrapper " + fname + "() takes no keyword arguments");
        }
        if (npos != 1) {
            boolean singular = rt.lang.major() == 3 && rt.lang.minor() >= 8;
            throw PyError.raise("TypeError", "expected 1 argument" + (singular ? "" : "s") + ", got " + npos);
        }
        return args[0];
    }

    /** "N arguments": 3.11 says "1 argument", older versions always "arguments". */
    String arguments(int n) {
        boolean singular = n == 1 && rt != null && Level.modern(rt);
        return n + (singular ? " argument" : " arguments");
    }

    /**
     * How a builtin type's method takes its arguments, checked before its body runs: METH_O (exactly one),
     * METH_NOARGS, PyArg_UnpackTuple ("get expected at least 1 arguments") or PyArg_ParseTuple ("pop() takes
     * at most 1 argument", Argument Clinic's "pop expected at most 1 argument" in 3.11).
     */
    enum Kind {
        ONE, NONE, UNPACK, PARSE
    }

    /** Checks this call of method {@code type.name} against its kind and bounds (3.10+ name METH_O/NOARGS methods Type.method). */
    Args method(String type, Kind kind, int min, int max) {
        switch (kind) {
            case ONE, NONE -> {
                // the name is put together only for a message: this runs at every call of list.append and the like
                if (hasKeywords()) {
                    throw PyError.raise("TypeError", shown(type) + "() takes no keyword arguments");
                }
                if (kind == Kind.ONE && npos != 1) {
                    throw PyError.raise("TypeError", shown(type) + "() takes exactly one argument (" + npos + " given)");
                }
                if (kind == Kind.NONE && npos != 0) {
                    throw PyError.raise("TypeError", shown(type) + "() takes no arguments (" + npos + " given)");
                }
                return this;
            }
            case UNPACK -> {
                return noKeywordsOf(type).positionalCount(min, max);
            }
            default -> {
                return noKeywordsOf(type).tuple(min, max);
            }
        }
    }

    /** A method descriptor's refusal of keywords: 3.10+ name the method by its type (method_check_args), as for METH_O. */
    private Args noKeywordsOf(String type) {
        if (hasKeywords()) {
            throw PyError.raise("TypeError", shown(type) + "() takes no keyword arguments");
        }
        return this;
    }

    private String shown(String type) {
        return Level.modern(rt) ? type + "." + fname : fname;
    }

    /** Fails unless no keyword is given (the "X() takes no keyword arguments" of CPython). */
    Args noKeywords() {
        if (hasKeywords()) {
            throw PyError.raise("TypeError", ownerQualified() + "() takes no keyword arguments");
        }
        return this;
    }

    /** The name a refusal of keywords gives: 3.10+ qualify a type's classmethod or staticmethod (dict.fromkeys). */
    private String ownerQualified() {
        return owner != null && rt != null && Level.modern(rt) ? owner + "." + fname : fname;
    }

    /** The type whose classmethod this call is ({@code float.fromhex}), for 3.10+'s METH_O messages; null otherwise. */
    private String owner;

    /** This call's arguments as those of a classmethod of {@code type} (3.10+ name it in "takes exactly one argument"). */
    Args ownedBy(String type) {
        owner = type;
        return this;
    }

    /** Fails unless the positional count is within [min, max]; any keyword is accepted. */
    Args positionalCount(int min, int max) {
        if (npos < min || npos > max) {
            if (min == max && min == 1) {
                throw PyError.raise("TypeError", (owner != null && rt != null && Level.modern(rt) ? owner + "." : "") + fname
                        + "() takes exactly one argument (" + npos + " given)");
            }
            if (min == max) {
                throw PyError.raise("TypeError", fname + " expected " + arguments(min) + ", got " + npos);
            }
            if (npos < min) {
                throw PyError.raise("TypeError", fname + " expected at least " + arguments(min) + ", got " + npos);
            }
            throw PyError.raise("TypeError", fname + " expected at most " + arguments(max) + ", got " + npos);
        }
        return this;
    }

    /**
     * A method parsed with PyArg_ParseTuple before 3.7 ({@code center() takes at least 1 argument (0 given)}),
     * by Argument Clinic in 3.11 ({@code center expected at least 1 argument, got 0}).
     */
    Args tuple(int min, int max) {
        if (npos >= min && npos <= max) {
            return this;
        }
        if (rt != null && Level.modern(rt)) {
            return positionalCount(min, max);
        }
        String kind = min == max ? "exactly" : npos < min ? "at least" : "at most";
        int n = npos < min ? min : max;
        throw PyError.raise("TypeError", fname + "() takes " + kind + " " + n + " argument" + (n == 1 ? "" : "s") + " (" + npos + " given)");
    }

    /**
     * Too many positional arguments for a builtin that parses keywords (PyArg_ParseTupleAndKeywords, or Argument
     * Clinic's _PyArg_UnpackKeywords): more arguments in all than it has parameters ("int() takes at most 2 arguments
     * (3 given)"), else more positional ones than it takes before its keyword-only ones ("takes at most 2 positional
     * arguments"). Its parameters are taken to be its positional ones followed by the keyword names beyond them.
     */
    private PyError tooManyForKeywordParser(int max, int named) {
        int all = Math.max(max, named);
        int given = npos + (kwnames == null ? 0 : kwnames.length);
        if (given > all) {
            // 3.7+ says "keyword arguments" when none came by position (bpo-31229)
            String kind = npos == 0 && Level.since37(rt) ? "keyword " : "";
            return PyError.raise("TypeError", fname + "() takes at most " + all + " " + kind + "argument" + (all == 1 ? "" : "s")
                    + " (" + given + " given)");
        }
        boolean plural = max != 1 || !Level.modern(rt); // getargs.c always says "arguments"; 3.10+ Clinic counts
        return PyError.raise("TypeError", fname + "() takes at most " + max + " positional argument" + (plural ? "s" : "") + " (" + npos + " given)");
    }

    /** A keyword argument for a parameter that a positional one already filled: getargs.c's "given by name and position". */
    private void checkGivenTwice(int max, String[] keywords) {
        for (int j = 0; j < keywords.length; j++) {
            int position = keywords.length <= max ? max - keywords.length + j : j;
            if (position < npos && position < max && kw(keywords[j]) != null) {
                throw PyError.raise("TypeError", (Level.since37(rt) ? "argument for " + fname + "()" : "Argument")
                        + " given by name ('" + keywords[j] + "') and position (" + (position + 1) + ")");
            }
        }
    }

    /**
     * Fails unless the positional count is within [min, max] and only the given keywords are used, none of them for
     * a parameter already given by position. As CPython's keyword parsers (getargs.c), it counts all the arguments
     * first, then the positional ones, then looks at names. {@code keywords} name the last parameters when they are
     * no more than {@code max} (the first ones may be positional-only, as int's x), else the first ones and then the
     * keyword-only ones (int.to_bytes's length, byteorder, then signed).
     */
    Args check(int min, int max, String... keywords) {
        int given = npos + (kwnames == null ? 0 : kwnames.length);
        if (keywords.length > 0 && (npos > max || given > Math.max(max, keywords.length)) && rt != null) {
            throw tooManyForKeywordParser(max, keywords.length);
        }
        if (kwnames != null) {
            if (rt != null) {
                checkGivenTwice(max, keywords);
            }
            for (String k : kwnames) {
                if (!java.util.List.of(keywords).contains(k)) {
                    if (keywords.length == 0) {
                        throw PyError.raise("TypeError", ownerQualified() + "() takes no keyword arguments");
                    }
                    // getargs.c names the function from 3.7 on; 2.7 and 3.6 say "this function"
                    throw PyError.raise("TypeError", "'" + k + "' is an invalid keyword argument for "
                            + (rt != null && !Level.modern(rt) ? "this function" : fname + "()"));
                }
            }
        }
        return positionalCount(min, max);
    }
}
