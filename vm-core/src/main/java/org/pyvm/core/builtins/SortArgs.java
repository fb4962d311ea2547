package org.pyvm.core.builtins;

import org.pyvm.core.objects.PyBool;
import org.pyvm.core.objects.PyError;
import org.pyvm.core.objects.PyFloat;
import org.pyvm.core.objects.PyInstance;
import org.pyvm.core.objects.PyInt;
import org.pyvm.core.objects.PyObject;
import org.pyvm.core.runtime.Ops;
import org.pyvm.core.runtime.Runtime;

/**
 * The arguments of list.sort and sorted() as each version parses them: which keywords exist
 * (2.7 also has {@code cmp}) and how {@code reverse} must be an integer (CPython reads it as a C
 * int, so {@code reverse=None} or {@code "yes"} is a TypeError, not a truth test).
 */
final class SortArgs {
    private SortArgs() {
    }

    static void checkKeywords(Runtime rt, Args a) {
        for (String k : a.keywordNames()) {
            if (!k.equals("key") && !k.equals("reverse") && !(k.equals("cmp") && Level.py2(rt))) {
                throw PyError.raise("TypeError", "'" + k + "' is an invalid keyword argument for "
                        + (Level.modern(rt) ? "sort()" : "this function"));
            }
        }
    }

    static boolean reverse(Runtime rt, PyObject r) {
        if (r == null) {
            return false;
        }
        if (r instanceof PyBool b) {
            return b.value;
        }
        if (r instanceof PyInt i) {
            return i.big != null || i.small != 0;
        }
        if (r instanceof PyInstance) {
            return Args.index(rt, r) != 0;
        }
        String type = Ops.typeName(rt, r);
        if (Level.modern(rt)) {
            throw PyError.raise("TypeError", "'" + type + "' object cannot be interpreted as an integer");
        }
        if (r instanceof PyFloat) {
            throw PyError.raise("TypeError", "integer argument expected, got float");
        }
        throw PyError.raise("TypeError", Level.py2(rt) ? "an integer is required" : "an integer is required (got type " + type + ")");
    }
}
