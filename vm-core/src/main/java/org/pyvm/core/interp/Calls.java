package org.pyvm.core.interp;

import java.util.ArrayList;
import java.util.List;
import org.pyvm.core.objects.PyBytes;
import org.pyvm.core.objects.PyDict;
import org.pyvm.core.objects.PyError;
import org.pyvm.core.objects.PyObject;
import org.pyvm.core.objects.PyStr;
import org.pyvm.core.objects.PyTuple;
import org.pyvm.core.objects.PyType;
import org.pyvm.core.runtime.Ops;
import org.pyvm.core.runtime.Strings;
import org.pyvm.spi.NeutralOp;

/** The call instructions of each version, all ending in one vectorcall: positional values, then keyword values named by kwnames. */
final class Calls {
    private Calls() {
    }

    static String[] names(PyTuple t) {
        String[] out = new String[t.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = name(t.get(i));
        }
        return out;
    }

    private static String name(PyObject o) {
        if (o instanceof PyStr s) {
            return s.value();
        }
        if (o instanceof PyBytes b) {
            return Strings.latin1(b.bytes());
        }
        throw PyError.raise("TypeError", "keywords must be strings");
    }

    /**
     * A **kwargs key as a keyword name: a str (2.7: a str or unicode; 3.x refuses bytes). 3.11 checks the keys
     * when it unpacks them for the call ("keywords must be strings"); 3.6 leaves it to the callee: a Python
     * function names its code ("f() keywords must be strings", a class its __init__), dict's own check
     * says "keyword arguments must be strings", other builtins getargs.c's "keywords must be strings".
     */
    private static String keyword(Interpreter in, PyObject callable, PyObject o) {
        boolean py2 = in.rt.lang.has(org.pyvm.spi.LanguageFeature.STR_IS_BYTES);
        if (o instanceof PyStr || py2 && o instanceof PyBytes) {
            return name(o);
        }
        if (in.rt.lang.has(org.pyvm.spi.LanguageFeature.CALL_ERRORS_USE_QUALNAME)) {
            throw PyError.raise("TypeError", "keywords must be strings");
        }
        if (py2) {
            throw PyError.raise("TypeError", functionLabel(in.rt, callable) + " keywords must be strings");
        }
        throw PyError.raise("TypeError", keywordCheckOwner(in.rt, callable));
    }

    /** 3.6: whose check refuses a keyword that is no str, in its words. */
    private static String keywordCheckOwner(org.pyvm.core.runtime.Runtime rt, PyObject callable) {
        PyObject f = callable instanceof org.pyvm.core.objects.PyBoundMethod m ? m.function : callable;
        if (f instanceof PyType t && !t.builtin && t.lookup("__init__") instanceof PyFunction init) {
            f = init; // type_call hands the keywords to the class's __init__
        }
        if (f instanceof PyFunction fn) {
            return fn.code.name + "() keywords must be strings";
        }
        if (f instanceof PyType t && t.isSubtypeOf(rt.types.dict)) {
            return "keyword arguments must be strings";
        }
        return "keywords must be strings";
    }

    /** 3.11 CALL: [NULL or method, callable or self, args...]; the callee's frame to run in place, or null (see {@link Interpreter#invoke}). */
    static Frame call311(Interpreter in, Frame f, int argc) {
        String[] kwnames = f.kwnames;
        f.kwnames = null;
        PyObject first = f.stack()[f.sp - argc - 2];
        PyObject callable;
        PyObject[] args;
        if (first instanceof org.pyvm.core.objects.PyMethodDescriptor m) {
            // a builtin type's method found by LOAD_METHOD (lst.append(x)): its body gets self and the arguments
            // as they are, without the array of all of them that calling the descriptor would unpack again
            PyObject self = f.stack()[f.sp - argc - 1];
            args = new PyObject[argc];
            System.arraycopy(f.stack(), f.sp - argc, args, 0, argc);
            pop(f, argc + 2);
            f.push(m.invoke(self, args, kwnames));
            return null;
        }
        if (kwnames == null) {
            Frame callee = first != null ? in.enterPositional(first, f.stack(), f.sp - argc - 1, argc + 1)
                    : in.enterPositional(f.stack()[f.sp - argc - 1], f.stack(), f.sp - argc, argc);
            if (callee != null) {
                pop(f, argc + 2);
                return callee;
            }
        }
        if (first != null) {
            callable = first;
            args = new PyObject[argc + 1];
            System.arraycopy(f.stack(), f.sp - argc - 1, args, 0, argc + 1);
        } else {
            callable = f.stack()[f.sp - argc - 1];
            args = new PyObject[argc];
            System.arraycopy(f.stack(), f.sp - argc, args, 0, argc);
        }
        pop(f, argc + 2);
        return in.invoke(f, callable, args, kwnames);
    }

    /** 3.6 CALL_FUNCTION / CALL_FUNCTION_KW: [callable, args...], the last {@code kwnames.length} of them keywords; as {@link #call311}. */
    static Frame callFunction(Interpreter in, Frame f, int argc, String[] kwnames) {
        if (kwnames == null) {
            Frame callee = in.enterPositional(f.stack()[f.sp - argc - 1], f.stack(), f.sp - argc, argc);
            if (callee != null) {
                pop(f, argc + 1);
                return callee;
            }
        }
        PyObject[] args = new PyObject[argc];
        System.arraycopy(f.stack(), f.sp - argc, args, 0, argc);
        PyObject callable = f.stack()[f.sp - argc - 1];
        pop(f, argc + 1);
        return in.invoke(f, callable, args, kwnames);
    }

    /** CALL_FUNCTION_EX: [(NULL,) callable, args tuple, (kwargs mapping)]. */
    static void callEx(Interpreter in, Frame f, int flags, boolean popsNull) {
        PyObject kwargs = (flags & 1) != 0 ? f.pop() : null;
        PyObject seq = f.pop();
        PyObject callable = f.pop();
        if (popsNull) {
            f.pop(); // 3.11 compiles f(*a, **k) as PUSH_NULL, f, a, k: the NULL goes too
        }
        // an exact tuple as it is; anything else, a tuple subclass's instance too, through PySequence_Tuple (its __iter__)
        List<PyObject> args = seq instanceof PyTuple t && !(seq instanceof org.pyvm.core.objects.UserSubclass)
                ? new ArrayList<>(List.of(t.items())) : starArgs(in, callable, seq);
        f.push(invoke(in, callable, args, kwargs, new ArrayList<>()));
    }

    /** 2.7 CALL_FUNCTION(_VAR)(_KW): [callable, positional..., name, value, ..., (*args), (**kwargs)]; as {@link #call311}. */
    static Frame callPairs(Interpreter in, Frame f, int arg, NeutralOp kind) {
        if (kind == NeutralOp.CALL_FUNCTION_PAIRS && (arg >> 8) == 0) {
            return callFunction(in, f, arg & 0xff, null); // positional arguments only: the common call, without lists
        }
        if (kind == NeutralOp.CALL_FUNCTION_PAIRS) {
            return callWithKeywords(in, f, arg & 0xff, (arg >> 8) & 0xff);
        }
        PyObject kwargs = kind == NeutralOp.CALL_FUNCTION_PAIRS_KW || kind == NeutralOp.CALL_FUNCTION_PAIRS_VAR_KW ? f.pop() : null;
        PyObject varargs = kind == NeutralOp.CALL_FUNCTION_PAIRS_VAR || kind == NeutralOp.CALL_FUNCTION_PAIRS_VAR_KW ? f.pop() : null;
        int na = arg & 0xff;
        int nk = (arg >> 8) & 0xff;
        PyObject[] pairs = Interpreter.popN(f, 2 * nk);
        PyObject[] positional = Interpreter.popN(f, na);
        PyObject callable = f.pop();
        List<PyObject> args = new ArrayList<>(List.of(positional));
        if (varargs != null) {
            // 2.7's ext_do_call takes any tuple, a subclass's instance too, as it is (PyTuple_Check)
            args.addAll(varargs instanceof PyTuple t ? List.of(t.items()) : starArgs(in, callable, varargs));
        }
        List<String> names = new ArrayList<>();
        List<PyObject> values = new ArrayList<>();
        for (int k = 0; k < nk; k++) {
            names.add(name(pairs[2 * k]));
            values.add(pairs[2 * k + 1]);
        }
        args.addAll(values);
        f.push(invoke(in, callable, args, kwargs, names));
        return null;
    }

    /**
     * 2.7 CALL_FUNCTION with keywords and neither *args nor **kwargs: [callable, positional..., name, value, ...],
     * called as 3.6's CALL_FUNCTION_KW calls (a Python function's frame entered, its arguments bound once), with no
     * lists between.
     */
    private static Frame callWithKeywords(Interpreter in, Frame f, int na, int nk) {
        PyObject[] stack = f.stack();
        int base = f.sp - 2 * nk - na;
        PyObject[] args = new PyObject[na + nk];
        String[] kwnames = new String[nk];
        System.arraycopy(stack, base, args, 0, na);
        for (int k = 0; k < nk; k++) {
            kwnames[k] = name(stack[base + na + 2 * k]);
            args[na + k] = stack[base + na + 2 * k + 1];
        }
        PyObject callable = stack[base - 1];
        pop(f, 2 * nk + na + 1);
        return in.invoke(f, callable, args, kwnames);
    }

    /** 3.6 BUILD_TUPLE_UNPACK_WITH_CALL: the items of each of a call's *iterables, each refused as {@link #starArgs} does. */
    static List<PyObject> starConcat(Interpreter in, PyObject callable, PyObject[] iterables) {
        List<PyObject> out = new ArrayList<>();
        for (PyObject it : iterables) {
            out.addAll(it instanceof PyTuple t ? List.of(t.items()) : starArgs(in, callable, it));
        }
        return out;
    }

    private static List<PyObject> starArgs(Interpreter in, PyObject callable, PyObject seq) {
        try {
            return Ops.toList(in.rt, seq);
        } catch (PyError e) {
            if (e.isPending("TypeError")) {
                throw PyError.raise("TypeError", calleeName(in, callable) + " argument after * must be an iterable, not "
                        + Ops.typeName(in.rt, seq));
            }
            throw e;
        }
    }

    /**
     * How call errors name the function. 3.10+ (_PyObject_FunctionStr): {@code module.qualname()} from the
     * callable's own __qualname__ and __module__ (no module for builtins; str(callable) when it has no
     * __qualname__). Before (PyEval_GetFuncName + GetFuncDesc): a function's, method's or builtin's
     * __name__ and {@code ()}, anything else its type's name and {@code object}.
     */
    static String functionLabel(org.pyvm.core.runtime.Runtime rt, PyObject callable) {
        if (rt.lang.has(org.pyvm.spi.LanguageFeature.CALL_ERRORS_USE_QUALNAME)) {
            if (callable instanceof PyFunction fn) {
                String module = fn.module instanceof PyStr s ? s.value() : null;
                return (module == null || module.equals("builtins") ? "" : module + ".") + fn.qualname + "()";
            }
            PyObject qualname = attributeOrNull(rt, callable, "__qualname__");
            if (qualname == null) {
                return Ops.str(rt, callable);
            }
            PyObject module = attributeOrNull(rt, callable, "__module__");
            boolean named = module != null && module != org.pyvm.core.objects.PyNone.NONE && !"builtins".equals(Ops.str(rt, module));
            return (named ? Ops.str(rt, module) + "." : "") + Ops.str(rt, qualname) + "()";
        }
        PyObject f = callable instanceof org.pyvm.core.objects.PyBoundMethod m ? m.function : callable;
        if (f instanceof PyFunction fn) {
            return fn.name + "()";
        }
        if (f instanceof org.pyvm.core.objects.PyBuiltinFunction b) {
            return b.name() + "()";
        }
        return Ops.typeName(rt, callable) + " object";
    }

    private static PyObject attributeOrNull(org.pyvm.core.runtime.Runtime rt, PyObject o, String name) {
        try {
            return Ops.getattr(rt, o, name);
        } catch (PyError e) {
            if (org.pyvm.core.runtime.Exceptions.is(rt, e, "AttributeError")) {
                return null;
            }
            throw e;
        }
    }

    private static String calleeName(Interpreter in, PyObject callable) {
        return functionLabel(in.rt, callable);
    }

    /** Calls with positional {@code args} (keyword values already appended for {@code names}) plus a **kwargs mapping. */
    private static PyObject invoke(Interpreter in, PyObject callable, List<PyObject> args, PyObject kwargs, List<String> names) {
        if (kwargs != null) {
            List<PyObject[]> pairs = Builders.mappingPairs(in.rt, kwargs);
            if (pairs == null) {
                throw PyError.raise("TypeError", calleeName(in, callable) + " argument after ** must be a mapping, not "
                        + Ops.typeName(in.rt, kwargs));
            }
            for (PyObject[] kv : pairs) {
                String n = keyword(in, callable, kv[0]);
                if (names.contains(n)) {
                    throw PyError.raise("TypeError", calleeName(in, callable) + " got multiple values for keyword argument '" + n + "'");
                }
                names.add(n);
                args.add(kv[1]);
            }
        }
        return Ops.call(in.rt, callable, args.toArray(new PyObject[0]), names.isEmpty() ? null : names.toArray(new String[0]));
    }

    private static void pop(Frame f, int n) {
        int sp = f.sp - n;
        java.util.Arrays.fill(f.stack(), sp, f.sp, null);
        f.sp = sp;
    }
}
