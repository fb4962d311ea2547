package org.pyvm.core.builtins;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.pyvm.core.code.Comparison;
import org.pyvm.core.code.Operator;
import org.pyvm.core.objects.PyBool;
import org.pyvm.core.objects.PyBytes;
import org.pyvm.core.objects.PyCallable;
import org.pyvm.core.objects.PyDict;
import org.pyvm.core.objects.PyError;
import org.pyvm.core.objects.PyFloat;
import org.pyvm.core.objects.PyInt;
import org.pyvm.core.objects.PyIterator;
import org.pyvm.core.objects.PyList;
import org.pyvm.core.objects.PyNone;
import org.pyvm.core.objects.PyObject;
import org.pyvm.core.objects.PyRange;
import org.pyvm.core.objects.PyStr;
import org.pyvm.core.objects.PyTuple;
import org.pyvm.core.objects.PyType;
import org.pyvm.core.objects.Ids;
import org.pyvm.core.runtime.Iterators;
import org.pyvm.core.runtime.Ops;
import org.pyvm.core.runtime.PyStream;
import org.pyvm.core.runtime.Runtime;
import org.pyvm.core.runtime.Strings;
import org.pyvm.spi.LanguageFeature;

/** The builtin functions that are not type constructors. */
final class Functions {
    private Functions() {
    }

    static void install(Runtime rt) {
        boolean py2 = rt.lang.has(LanguageFeature.STR_IS_BYTES);
        Builtins.def(rt, "print", (a, kw) -> print(rt, new Args(rt, "print", a, kw)));
        Builtins.def(rt, "len", (a, kw) -> {
            PyObject o = new Args(rt, "len", a, kw).check(1, 1).get(0);
            if (o instanceof org.pyvm.core.objects.PyRange r && r.huge()) {
                return org.pyvm.core.runtime.Sequences.hugeRangeLength(r); // a range may hold more items than an int counts: up to a Py_ssize_t
            }
            return PyInt.of(Ops.len(rt, o));
        });
        Builtins.def(rt, "repr", (a, kw) -> Strings.text(rt, Ops.repr(rt, new Args(rt, "repr", a, kw).check(1, 1).get(0))));
        Builtins.def(rt, "abs", (a, kw) -> abs(rt, new Args(rt, "abs", a, kw).check(1, 1).get(0)));
        Builtins.def(rt, "min", releasing(rt, (a, kw) -> extreme(rt, new Args(rt, "min", a, kw), Comparison.LT, "min")));
        Builtins.def(rt, "max", releasing(rt, (a, kw) -> extreme(rt, new Args(rt, "max", a, kw), Comparison.GT, "max")));
        // start= is a keyword from 3.8; before, sum takes none
        Builtins.def(rt, "sum", releasing(rt, (a, kw) -> Sum.sum(rt, Level.modern(rt) ? new Args(rt, "sum", a, kw).check(1, 2, "start")
                : new Args(rt, "sum", a, kw).noKeywords().check(1, 2))));
        Builtins.def(rt, "sorted", releasing(rt, (a, kw) -> {
            Args args = new Args(rt, "sorted", a, kw);
            if (args.count() == 0 && Level.py2(rt) && args.kw("iterable") != null) {
                // 2.7 parses iterable= and makes the list, then hands its keywords on to list.sort, which refuses it
                Ops.toList(rt, args.kw("iterable"));
                throw PyError.raise("TypeError", "'iterable' is an invalid keyword argument for this function");
            }
            if (args.count() == 0) {
                // 2.7 parses sorted with PyArg_ParseTupleAndKeywords, 3.6 with _PyArg_ParseStack, 3.11 with _PyArg_CheckPositional
                throw PyError.raise("TypeError", Level.py2(rt) ? "Required argument 'iterable' (pos 1) not found"
                        : Level.modern(rt) ? "sorted expected 1 argument, got 0" : "Function takes at least 1 positional arguments (0 given)");
            }
            if (args.count() > 1 && !Level.py2(rt)) {
                // 2.7 takes sorted(iterable, cmp, key, reverse) positionally; 3.x only by keyword
                throw PyError.raise("TypeError", Level.modern(rt) ? "sorted expected 1 argument, got " + args.count()
                        : "must use keyword argument for key function");
            }
            if (Level.py2(rt)) {
                SortArgs.checkKeywords(rt, args); // 2.7 parses sorted's arguments before iterating
            }
            PyList l = PyList.of(Ops.toListSized(rt, args.get(0)));
            if (!Level.py2(rt)) {
                SortArgs.checkKeywords(rt, args); // 3.x: list.sort parses them, after the iterable became a list
            }
            ListMethods.sort(rt, l, args.get(2, "key"), args.get(3, "reverse"), args.get(1, "cmp"));
            return l;
        }));
        Builtins.def(rt, "reversed", (a, kw) -> {
            // reversed_new: _PyArg_NoKeywords, then PyArg_UnpackTuple(args, "reversed", 1, 1)
            Args args = new Args(rt, "reversed", a, kw);
            if (args.hasKeywords()) {
                throw PyError.raise("TypeError", Level.modern(rt) ? "reversed() takes no keyword arguments" : "reversed() does not take keyword arguments");
            }
            if (args.count() != 1) {
                throw PyError.raise("TypeError", "reversed expected " + args.arguments(1) + ", got " + args.count());
            }
            PyObject seq = args.get(0);
            if (!Level.py2(rt) && rt.types.of(seq).lookup("__reversed__") == org.pyvm.core.objects.PyNone.NONE) {
                // 3.x: __reversed__ = None says the class is not reversible (2.7 calls None)
                throw PyError.raise("TypeError", "'" + Ops.typeName(rt, seq) + "' object is not reversible");
            }
            PyObject r = Ops.callMethod(rt, seq, "__reversed__");
            if (r != null) {
                return r;
            }
            return reverseIterator(rt, seq);
        });
        for (org.pyvm.core.objects.PyType t : java.util.List.of(rt.types.list, rt.types.range)) {
            t.dict.put("__reversed__", new org.pyvm.core.objects.PyMethodDescriptor("__reversed__", t, (self, args, kw) -> {
                new Args(rt, "__reversed__", args, kw).check(0, 0);
                return reverseIterator(rt, self);
            }));
        }
        Builtins.def(rt, "enumerate", (a, kw) -> {
            String argName = Level.py2(rt) ? "sequence" : "iterable";
            Args args = new Args(rt, "enumerate", a, kw);
            if (!Level.since37(rt) && args.get(0, argName) == null) {
                // getargs looks for a missing required argument before it reads the keywords it does not know
                throw PyError.raise("TypeError", "Required argument '" + argName + "' (pos 1) not found");
            }
            String[] kwNames = args.keywordNames();
            if (Level.modern(rt) && args.count() == 0 && kwNames.length == 1 && !kwNames[0].equals(argName)) {
                // enum_vectorcall: one argument in all, given by a name other than iterable
                throw PyError.raise("TypeError", "'" + kwNames[0] + "' is an invalid keyword argument for enumerate()");
            }
            args.check(0, 2, argName, "start");
            if (args.get(0, argName) == null) {
                throw PyError.raise("TypeError", Level.modern(rt) ? "enumerate() missing required argument '" + argName + "'"
                        : "Required argument '" + argName + "' (pos 1) not found");
            }
            PyObject it = Ops.iter(rt, args.get(0, argName));
            PyObject given = args.get(1, "start");
            // enum_new: PyNumber_Index(start), counted from as a plain int (enumerate('ab', True) starts at 1)
            PyObject start = given == null ? PyInt.of(0) : Ops.exactIndex(rt, given);
            return new PyIterator("enumerate") {
                private PyObject n = start;

                @Override
                public PyObject next() {
                    PyObject x = Ops.next(rt, it);
                    if (x == null) {
                        return null;
                    }
                    PyObject r = PyTuple.of(n, x);
                    n = Ops.binary(rt, Operator.ADD, n, PyInt.of(1));
                    return r;
                }
            };
        });
        Builtins.def(rt, "zip", (a, kw) -> {
            Args args = refusingKeywords36(rt, new Args(rt, "zip", a, kw));
            boolean strict = false;
            if (Level.modern(rt)) {
                args.check(0, Integer.MAX_VALUE, "strict");
                strict = args.kw("strict") != null && Ops.truth(rt, args.kw("strict"));
            } else {
                args.check(0, Integer.MAX_VALUE);
            }
            return zip(rt, args.positional(), py2, strict);
        });
        Builtins.def(rt, "map", (a, kw) -> {
            Args args = refusingKeywords36(rt, new Args(rt, "map", a, kw)).check(0, Integer.MAX_VALUE);
            if (args.count() < 2) {
                throw PyError.raise("TypeError", py2 ? "map() requires at least two args" : "map() must have at least two arguments.");
            }
            return map(rt, a, py2);
        });
        Builtins.def(rt, "filter", (a, kw) -> filter(rt, refusingKeywords36(rt, new Args(rt, "filter", a, kw)).check(2, 2).positional(), py2));
        Builtins.def(rt, "isinstance", (a, kw) -> {
            Args args = new Args(rt, "isinstance", a, kw).check(2, 2);
            return PyBool.of(isinstance(rt, args.get(0), args.get(1)));
        });
        Builtins.def(rt, "issubclass", (a, kw) -> {
            Args args = new Args(rt, "issubclass", a, kw).check(2, 2);
            return PyBool.of(issubclass(rt, args.get(0), args.get(1)));
        });
        Builtins.def(rt, "hasattr", (a, kw) -> {
            Args args = new Args(rt, "hasattr", a, kw).check(2, 2);
            String name = attrName(rt, "hasattr", args.get(1)); // refused before 2.7's catch-all
            try {
                return PyBool.of(Ops.getattrOrNull(rt, args.get(0), name) != null);
            } catch (PyError e) {
                if (!py2 && !org.pyvm.core.runtime.Exceptions.is(rt, e, "AttributeError")) {
                    throw e;
                }
                return PyBool.FALSE;
            }
        });
        Builtins.def(rt, "getattr", (a, kw) -> {
            Args args = new Args(rt, "getattr", a, kw).check(2, 3);
            PyObject v;
            try {
                v = Ops.getattrOrNull(rt, args.get(0), attrName(rt, "getattr", args.get(1)));
            } catch (PyError e) {
                if (args.get(2) == null || !org.pyvm.core.runtime.Exceptions.is(rt, e, "AttributeError")) {
                    throw e;
                }
                v = null; // a class's __getattr__ said no: the default answers
            }
            if (v == null) {
                if (args.get(2) != null) {
                    return args.get(2);
                }
                throw Ops.noAttribute(rt, args.get(0), Ops.str(rt, args.get(1)));
            }
            return v;
        });
        Builtins.def(rt, "setattr", (a, kw) -> {
            Args args = new Args(rt, "setattr", a, kw).check(3, 3);
            Ops.setattr(rt, args.get(0), attrName(rt, "setattr", args.get(1)), args.get(2));
            return PyNone.NONE;
        });
        Builtins.def(rt, "delattr", (a, kw) -> {
            Args args = new Args(rt, "delattr", a, kw).check(2, 2);
            Ops.delattr(rt, args.get(0), attrName(rt, "delattr", args.get(1)));
            return PyNone.NONE;
        });
        Builtins.def(rt, "callable", (a, kw) -> {
            PyObject o = new Args(rt, "callable", a, kw).check(1, 1).get(0);
            return PyBool.of(o instanceof PyCallable || rt.types.of(o).lookup("__call__") != null);
        });
        Builtins.def(rt, "chr", (a, kw) -> {
            PyObject arg = new Args(rt, "chr", a, kw).check(1, 1).get(0);
            if (py2 && arg instanceof org.pyvm.core.objects.PyFloat) {
                throw PyError.raise("TypeError", "integer argument expected, got float"); // getargs "l" asks first
            }
            long c = py2 ? Args.index(rt, arg) : Args.cInt(rt, arg); // 2.7 takes a C long ("l"), 3.x a C int
            if (py2) {
                if (c < 0 || c > 255) {
                    throw PyError.raise("ValueError", "chr() arg not in range(256)");
                }
                return PyBytes.single((byte) c);
            }
            if (c < 0 || c > 0x10ffff) {
                throw PyError.raise("ValueError", "chr() arg not in range(0x110000)");
            }
            return PyStr.ofCodePoints(new int[] {(int) c}, 1);
        });
        if (py2) {
            Builtins.def(rt, "unichr", (a, kw) -> {
                PyObject x = new Args(rt, "unichr", a, kw).check(1, 1).get(0);
                if (!(x instanceof PyInt i)) {
                    throw PyError.raise("TypeError", "an integer is required");
                }
                if (i.big != null || i.small < 0 || i.small > 0x10ffff) {
                    throw PyError.raise("ValueError", "unichr() arg not in range(0x110000) (wide Python build)");
                }
                return PyStr.ofCodePoints(new int[] {(int) i.small}, 1);
            });
        }
        Builtins.def(rt, "ord", (a, kw) -> {
            PyObject c = new Args(rt, "ord", a, kw).check(1, 1).get(0);
            if (c instanceof PyStr s && s.length() == 1) {
                return PyInt.of(s.codePointAt(0));
            }
            if (c instanceof PyBytes b && b.bytes().length == 1) {
                return PyInt.of(b.bytes()[0] & 0xff);
            }
            int n = c instanceof PyStr s ? s.length() : c instanceof PyBytes b ? b.bytes().length : -1;
            if (n < 0) {
                throw PyError.raise("TypeError", "ord() expected string of length 1, but " + Ops.typeName(rt, c) + " found");
            }
            throw PyError.raise("TypeError", "ord() expected a character, but string of length " + n + " found");
        });
        Builtins.def(rt, "hex", (a, kw) -> radix(rt, a[0], 16, "0x"));
        Builtins.def(rt, "oct", (a, kw) -> radix(rt, a[0], 8, py2 ? "0" : "0o"));
        Builtins.def(rt, "bin", (a, kw) -> radix(rt, a[0], 2, "0b"));
        Builtins.def(rt, "hash", (a, kw) -> PyInt.of(Ops.hash(rt, new Args(rt, "hash", a, kw).check(1, 1).get(0))));
        Builtins.def(rt, "id", (a, kw) -> PyInt.of(Ids.address(new Args(rt, "id", a, kw).check(1, 1).get(0))));
        Builtins.def(rt, "iter", (a, kw) -> {
            Args args = new Args(rt, "iter", a, kw).check(1, 2);
            if (args.count() == 1) {
                return Ops.iter(rt, args.get(0));
            }
            return callableIterator(rt, args.get(0), args.get(1));
        });
        Builtins.def(rt, "next", releasing(rt, (a, kw) -> {
            Args args = new Args(rt, "next", a, kw).check(1, 2);
            PyObject it = args.get(0);
            if (!(it instanceof PyIterator pi && pi.iterable()) && rt.types.of(it).lookup(py2 ? "next" : "__next__") == null) {
                throw PyError.raise("TypeError", (py2 ? Ops.typeName(rt, it) : "'" + Ops.typeName(rt, it) + "'") + " object is not an iterator");
            }
            PyObject v;
            try {
                v = it instanceof PyIterator pi && pi.iterable() ? nextExplicit(rt, pi) : Ops.next(rt, it);
            } catch (PyError e) {
                if (args.get(1) != null && org.pyvm.core.runtime.Exceptions.isStopIteration(rt, e)) {
                    return args.get(1); // builtin_next: any StopIteration gives the default
                }
                throw e;
            }
            if (v == null) {
                if (args.get(1) != null) {
                    return args.get(1);
                }
                throw PyError.raiseArgs("StopIteration");
            }
            return v;
        }));
        Builtins.def(rt, "any", releasing(rt, (a, kw) -> {
            PyObject it = Ops.iter(rt, a[0]);
            for (PyObject x = Ops.next(rt, it); x != null; x = Ops.next(rt, it)) {
                if (Ops.truth(rt, x)) {
                    return PyBool.TRUE;
                }
            }
            return PyBool.FALSE;
        }));
        Builtins.def(rt, "all", releasing(rt, (a, kw) -> {
            PyObject it = Ops.iter(rt, a[0]);
            for (PyObject x = Ops.next(rt, it); x != null; x = Ops.next(rt, it)) {
                if (!Ops.truth(rt, x)) {
                    return PyBool.FALSE;
                }
            }
            return PyBool.TRUE;
        }));
        Builtins.def(rt, "divmod", (a, kw) -> {
            Args args = new Args(rt, "divmod", a, kw).check(2, 2);
            PyObject x = args.get(0);
            PyObject y = args.get(1);
            if (x instanceof org.pyvm.core.objects.PyInstance || y instanceof org.pyvm.core.objects.PyInstance) {
                PyObject r = Ops.callMethod(rt, x, "__divmod__", y);
                if (r != null && r != org.pyvm.core.objects.PyNotImplemented.NOT_IMPLEMENTED) {
                    return r;
                }
                r = Ops.callMethod(rt, y, "__rdivmod__", x);
                if (r != null && r != org.pyvm.core.objects.PyNotImplemented.NOT_IMPLEMENTED) {
                    return r;
                }
            }
            if (complexDivmod(rt, x, y)) {
                return PyTuple.of(Ops.binary(rt, Operator.FLOOR_DIVIDE, x, y), Ops.binary(rt, Operator.REMAINDER, x, y));
            }
            if (!realNumber(x) || !realNumber(y)) {
                throw PyError.raise("TypeError", "unsupported operand type(s) for divmod(): '" + Ops.typeName(rt, x) + "' and '"
                        + Ops.typeName(rt, y) + "'");
            }
            if ((x instanceof org.pyvm.core.objects.PyFloat || y instanceof org.pyvm.core.objects.PyFloat) && !Ops.truth(rt, y)) {
                throw PyError.raise("ZeroDivisionError", "float divmod()"); // float_divmod's own word, not floor division's
            }
            return PyTuple.of(Ops.binary(rt, Operator.FLOOR_DIVIDE, args.get(0), args.get(1)),
                    Ops.binary(rt, Operator.REMAINDER, args.get(0), args.get(1)));
        });
        Builtins.def(rt, "pow", (a, kw) -> {
            Args args = new Args(rt, "pow", a, kw);
            if (args.hasKeywords() && Level.since38(rt)) {
                return powByKeywords(rt, args); // 3.8 named its parameters base, exp and mod
            }
            args.check(2, 3);
            if (args.get(2) != null && args.get(2) != PyNone.NONE) {
                return powMod(rt, args.get(0), args.get(1), args.get(2));
            }
            return Ops.binary(rt, Operator.POWER, args.get(0), args.get(1));
        });
        Builtins.def(rt, "round", (a, kw) -> Numbers.round(rt, new Args(rt, "round", a, kw).check(0, 2, "number", "ndigits")));
        Builtins.def(rt, "format", (a, kw) -> {
            Args args = new Args(rt, "format", a, kw).check(1, 2);
            if (args.get(1) != null && !(args.get(1) instanceof PyStr || py2 && args.get(1) instanceof org.pyvm.core.objects.PyBytes)) {
                throw PyError.raise("TypeError", py2 ? "format expects arg 2 to be string or unicode, not " + Ops.typeName(rt, args.get(1))
                        : "format() argument 2 must be str, not " + Ops.argumentTypeName(rt, args.get(1)));
            }
            if (py2) {
                return format27(rt, args.get(0), args.get(1) == null ? Strings.text(rt, "") : args.get(1));
            }
            return Strings.text(rt, org.pyvm.core.runtime.FormatSpec.format(rt, args.get(0), args.get(1) == null ? "" : Ops.str(rt, args.get(1))));
        });
        Builtins.def(rt, py2 ? "raw_input" : "input", (a, kw) -> {
            if (kw != null && kw.length > 0) {
                throw PyError.raise("TypeError", (py2 ? "raw_input" : "input") + "() takes no keyword arguments");
            }
            if (a.length > 1) {
                // PyArg_UnpackTuple (2.7 names "[raw_]input", shared with input()); 3.11's Clinic says "1 argument"
                throw PyError.raise("TypeError", (py2 ? "[raw_]input" : "input") + " expected at most 1 argument"
                        + (Level.modern(rt) ? "" : "s") + ", got " + a.length);
            }
            if (py2 && stdout(rt).softspace) {
                stdout(rt).writeBytes(new byte[] {' '}); // 2.7's raw_input ends a 'print x,' line's item first
            }
            if (a.length > 0) {
                if (a[0] instanceof PyBytes prompt) {
                    stdout(rt).writeBytes(prompt.bytes()); // 2.7: a byte string as it is
                } else {
                    stdout(rt).writeText(Ops.str(rt, a[0]));
                }
            }
            stdout(rt).flush();
            PyStream in = (PyStream) sys(rt, "stdin");
            String line = in.readLine(false);
            if (line == null) {
                throw PyError.raise("EOFError", py2 ? "EOF when reading a line" : "EOF when reading a line");
            }
            return Strings.text(rt, line);
        });
        Builtins.def(rt, "dir", (a, kw) -> Dir.of(rt, new Args(rt, "dir", a, kw).check(1, 1).get(0)));
        if (!py2) {
            Builtins.def(rt, "ascii", (a, kw) -> PyStr.of(asciiEscape(Ops.repr(rt, new Args(rt, "ascii", a, kw).check(1, 1).get(0)))));
        }
        if (py2) {
            Builtins.def(rt, "reduce", (a, kw) -> reduce(rt, new Args(rt, "reduce", a, kw).check(2, 3)));
            Builtins.def(rt, "apply", (a, kw) -> {
                Args args = new Args(rt, "apply", a, kw).check(1, 3);
                List<PyObject> pos = args.get(1) == null ? List.of() : Ops.toList(rt, args.get(1));
                List<PyObject> all = new ArrayList<>(pos);
                List<String> names = new ArrayList<>();
                if (args.get(2) instanceof PyDict d) {
                    for (PyObject k : d.keys()) {
                        names.add(Ops.str(rt, k));
                        all.add(d.get(k));
                    }
                }
                return Ops.call(rt, args.get(0), all.toArray(new PyObject[0]), names.isEmpty() ? null : names.toArray(new String[0]));
            });
            Builtins.def(rt, "intern", (a, kw) -> {
                PyObject s = new Args(rt, "intern", a, kw).check(1, 1).get(0);
                if (!(s instanceof PyBytes)) {
                    throw PyError.raise("TypeError", "intern() argument 1 must be string, not " + Ops.argumentTypeName(rt, s));
                }
                if (s instanceof org.pyvm.core.objects.UserSubclass) {
                    throw PyError.raise("TypeError", "can't intern subclass of string");
                }
                return rt.intern(s);
            });
            Builtins.def(rt, "coerce", (a, kw) -> {
                Args args = new Args(rt, "coerce", a, kw).check(2, 2);
                PyObject x = args.get(0);
                PyObject y = args.get(1);
                if (x instanceof org.pyvm.core.objects.PyComplex || y instanceof org.pyvm.core.objects.PyComplex) {
                    return PyTuple.of(Ops.call(rt, rt.types.complex, x), Ops.call(rt, rt.types.complex, y));
                }
                if (x instanceof PyFloat || y instanceof PyFloat) {
                    return PyTuple.of(Constructors.toFloat(rt, x), Constructors.toFloat(rt, y));
                }
                if (x instanceof PyInt xi && y instanceof PyInt yi) {
                    if (xi.isLong != yi.isLong) {
                        return PyTuple.of(xi.isLong ? x : PyInt.longOf(xi.toBigInteger()), yi.isLong ? y : PyInt.longOf(yi.toBigInteger()));
                    }
                    return PyTuple.of(x, y);
                }
                if ((x instanceof PyInt || x instanceof PyBool) && (y instanceof PyInt || y instanceof PyBool)) {
                    return PyTuple.of(Constructors.toInt(rt, new Args(rt, "int", new PyObject[] {x}, null), false),
                            Constructors.toInt(rt, new Args(rt, "int", new PyObject[] {y}, null), false));
                }
                throw PyError.raise("TypeError", "number coercion failed");
            });
        }
        if (py2) {
            Builtins.def(rt, "range", (a, kw) -> range27(rt, a, kw));
            Builtins.def(rt, "cmp", (a, kw) -> PyInt.of(Ops.cmp27(rt, a[0], a[1])));
        }
    }

    /** iter(f, sentinel): calls f until it returns something equal to sentinel (or raises StopIteration). */
    private static PyObject callableIterator(Runtime rt, PyObject f, PyObject sentinel) {
        if (!(f instanceof PyCallable || rt.types.of(f).lookup("__call__") != null)) {
            throw PyError.raise("TypeError", "iter(v, w): v must be callable");
        }
        return new PyIterator(Level.py2(rt) ? "callable-iterator" : "callable_iterator") {
            private boolean done;

            @Override
            public PyObject next() {
                if (done) {
                    return null;
                }
                PyObject v;
                try {
                    v = Ops.call(rt, f);
                } catch (PyError e) {
                    if (org.pyvm.core.runtime.Exceptions.isStopIteration(rt, e)) {
                        done = true;
                        return null;
                    }
                    throw e;
                }
                if (Ops.eq(rt, v, sentinel)) {
                    done = true;
                    return null;
                }
                return v;
            }
        };
    }

    /** ascii(): the repr with every non-ASCII character escaped. */
    static String asciiEscape(String r) {
        StringBuilder sb = new StringBuilder();
        r.codePoints().forEach(c -> {
            if (c < 128) {
                sb.append((char) c);
            } else if (c < 0x100) {
                sb.append(String.format("\\x%02x", c));
            } else if (c < 0x10000) {
                sb.append(String.format("\\u%04x", c));
            } else {
                sb.append(String.format("\\U%08x", c));
            }
        });
        return sb.toString();
    }

    /** 2.7 reduce(function, sequence[, initial]). */
    private static PyObject reduce(Runtime rt, Args args) {
        PyObject it;
        try {
            it = Ops.iter(rt, args.get(1));
        } catch (PyError e) {
            if (org.pyvm.core.runtime.Exceptions.is(rt, e, "TypeError")) {
                throw PyError.raise("TypeError", "reduce() arg 2 must support iteration");
            }
            throw e;
        }
        PyObject acc = args.get(2);
        for (PyObject x = Ops.next(rt, it); x != null; x = Ops.next(rt, it)) {
            acc = acc == null ? x : Ops.call(rt, args.get(0), acc, x);
        }
        if (acc == null) {
            throw PyError.raise("TypeError", "reduce() of empty sequence with no initial value");
        }
        return acc;
    }

    private static boolean realNumber(PyObject o) {
        return o instanceof PyInt || o instanceof PyBool || o instanceof PyFloat;
    }

    private static boolean integer(PyObject o) {
        return o instanceof PyInt || o instanceof PyBool;
    }

    /**
     * pow(a, b, m) by a class's own {@code __pow__(self, other, mod)}: three-argument power asks only the first
     * operand's method (never {@code __rpow__}, as CPython's slot_nb_power); null when it has none or says NotImplemented.
     */
    private static PyObject ownThreeArgumentPow(Runtime rt, PyObject a, PyObject b, PyObject m) {
        PyType t = rt.types.of(a);
        if (t.builtin) {
            return null;
        }
        PyObject method = t.lookup("__pow__");
        if (method == null || method instanceof org.pyvm.core.objects.PyMethodDescriptor) {
            return null; // the builtin base's own power (an int subclass without __pow__)
        }
        PyObject r = Ops.callMethod(rt, a, "__pow__", b, m);
        return r == org.pyvm.core.objects.PyNotImplemented.NOT_IMPLEMENTED ? null : r;
    }

    /**
     * 2.7's format(): the spec reaches __format__ as given (a byte string when none is), and a unicode value or
     * spec makes the result unicode, a byte string turned into it as ASCII (PyObject_Format's PyObject_Unicode).
     */
    private static PyObject format27(Runtime rt, PyObject value, PyObject spec) {
        PyObject r = org.pyvm.core.runtime.FormatSpec.formatted(rt, value, Ops.str(rt, spec), spec);
        if (value instanceof PyStr || spec instanceof PyStr) {
            return r instanceof PyStr ? r : PyStr.of(Strings.unicode27(rt, r));
        }
        return r instanceof org.pyvm.core.objects.PyBytes ? r : Strings.text(rt, Ops.str(rt, r));
    }

    /** pow(a, b, m) with CPython's checks; the result takes the modulus's sign. */
    private static PyObject powMod(Runtime rt, PyObject a, PyObject b, PyObject m) {
        PyObject own = ownThreeArgumentPow(rt, a, b, m);
        if (own != null) {
            return own;
        }
        if (!integer(a) || !integer(b) || !integer(m)) {
            if (realNumber(a) && realNumber(b) && realNumber(m)) {
                throw PyError.raise("TypeError", "pow() 3rd argument not allowed unless all arguments are integers");
            }
            throw PyError.raise("TypeError", "unsupported operand type(s) for " + (Level.modern(rt) ? "** or pow()" : "pow()")
                    + ": '" + Ops.typeName(rt, a) + "', '" + Ops.typeName(rt, b) + "', '" + Ops.typeName(rt, m) + "'");
        }
        BigInteger x = Numbers.big(a);
        BigInteger e = Numbers.big(b);
        BigInteger mod = Numbers.big(m);
        if (mod.signum() == 0) {
            throw PyError.raise("ValueError", "pow() 3rd argument cannot be 0");
        }
        if (e.signum() < 0) {
            if (Level.py2(rt) || !rt.lang.has(LanguageFeature.SET_GROWS_AT_THREE_FIFTHS)) {
                throw PyError.raise(Level.py2(rt) ? "TypeError" : "ValueError",
                        "pow() 2nd argument cannot be negative when 3rd argument specified");
            }
            try {
                x = x.modInverse(mod.abs());
            } catch (ArithmeticException ex) {
                throw PyError.raise("ValueError", "base is not invertible for the given modulus");
            }
            e = e.negate();
        }
        BigInteger r = x.modPow(e, mod.abs());
        if (mod.signum() < 0 && r.signum() != 0) {
            r = r.add(mod);
        }
        boolean asLong = rt.lang.has(LanguageFeature.INT_AND_LONG)
                && (a instanceof PyInt ai && ai.isLong || b instanceof PyInt bi && bi.isLong || m instanceof PyInt mi && mi.isLong
                    || intPowOverflows27(x.longValue(), e.longValue(), mod.longValue()));
        return asLong ? PyInt.longOf(r) : PyInt.of(r);
    }

    /**
     * 2.7's int_pow with a modulus: whether its machine-word square-and-multiply overflowed on the way, where it
     * handed the whole computation to long_pow and so gave a long, whatever the result's size
     * ({@code pow(10, 100, 2**61 - 1)} is {@code 910685213754167845L}). It multiplies before it reduces, and
     * reduces with C's truncating %.
     */
    private static boolean intPowOverflows27(long base, long exponent, long modulus) {
        long temp = base;
        long ix = 1;
        for (long iw = exponent; iw > 0; ) {
            long prev = ix;
            if ((iw & 1) != 0) {
                ix = ix * temp;
                if (temp == 0) {
                    break;
                }
                if (ix / temp != prev) {
                    return true;
                }
            }
            iw >>= 1;
            if (iw == 0) {
                break;
            }
            prev = temp;
            temp = temp * temp;
            if (prev != 0 && temp / prev != prev) {
                return true;
            }
            ix = ix % modulus;
            temp = temp % modulus;
        }
        return false;
    }

    /** The name argument of getattr() and friends, with each version's TypeError. */
    private static String attrName(Runtime rt, String fname, PyObject name) {
        if (name instanceof PyStr s) {
            if (Level.py2(rt)) {
                Strings.ascii27(rt, s); // 2.7 makes a unicode name a str in the default encoding: non-ASCII fails
            }
            return s.value();
        }
        if (name instanceof PyBytes b && Level.py2(rt)) {
            return Strings.latin1(b.bytes());
        }
        if (Level.modern(rt) || fname.equals("setattr") || fname.equals("delattr")) {
            // setattr and delattr leave the check to PyObject_SetAttr, which words it so in every version
            throw PyError.raise("TypeError", "attribute name must be string, not '" + Ops.typeName(rt, name) + "'");
        }
        throw PyError.raise("TypeError", fname + "(): attribute name must be string");
    }

    private static BigInteger big(PyObject o) {
        PyInt i = (PyInt) o;
        return i.big != null ? i.big : BigInteger.valueOf(i.small);
    }

    static PyObject sys(Runtime rt, String name) {
        org.pyvm.core.objects.PyModule sys = (org.pyvm.core.objects.PyModule) rt.modules.get(PyStr.of("sys"));
        return sys.dict.get(rt.name(name));
    }

    private static PyStream stdout(Runtime rt) {
        return (PyStream) sys(rt, "stdout");
    }

    private static PyObject print(Runtime rt, Args args) {
        boolean py2 = Level.py2(rt);
        if (py2) {
            args.check(0, Integer.MAX_VALUE, "sep", "end", "file"); // flush came in 3.3
        } else {
            args.check(0, Integer.MAX_VALUE, "sep", "end", "file", "flush");
        }
        PyObject file = args.kw("file");
        if (file == null || file == PyNone.NONE) {
            file = sys(rt, "stdout");
            if (file == PyNone.NONE) {
                return PyNone.NONE; // sys.stdout may be None when no stdout is connected: print does nothing
            }
        }
        for (String k : new String[] {"sep", "end"}) {
            PyObject v = args.kw(k);
            if (v != null && v != PyNone.NONE && !(v instanceof PyStr || py2 && v instanceof PyBytes)) {
                throw PyError.raise("TypeError", k + (py2 ? " must be None, str or unicode, not " : " must be None or a string, not ")
                        + Ops.typeName(rt, v));
            }
        }
        PyObject sepObj = noneAsNull(args.kw("sep"));
        PyObject endObj = noneAsNull(args.kw("end"));
        PyObject[] values = args.positional();
        if (py2 && file instanceof PyStream stream) {
            printRaw27(rt, stream, values, sepObj, endObj);
        } else if (file instanceof PyStream stream) {
            printToStream(rt, stream, values, sepObj, endObj);
        } else {
            // each piece is its own write, as builtin_print's PyFile_WriteObject calls: a value whose str() fails
            // leaves the pieces before it written, and a file object of the program's sees every piece
            boolean unicode27 = py2 && usesUnicode27(sepObj, endObj, values);
            for (int i = 0; i < values.length; i++) {
                if (i > 0) {
                    writePiece(rt, file, sepObj != null ? sepObj : defaultPiece(rt, " ", unicode27));
                }
                writePiece(rt, file, values[i]);
            }
            writePiece(rt, file, endObj != null ? endObj : defaultPiece(rt, "\n", unicode27));
        }
        PyObject flush = args.kw("flush");
        if (flush != null && Ops.truth(rt, flush)) {
            if (file instanceof PyStream s) {
                s.flush();
            } else {
                Ops.call(rt, Ops.getattr(rt, file, "flush"));
            }
        }
        return PyNone.NONE;
    }

    /**
     * 3.x print() to a standard stream: the pieces written as one (a single flush when the stream is unbuffered: -u
     * made a print-heavy program 2.3 times slower), unless a value's str() or the stream's encoding fails part way;
     * then the pieces before the failing one are written first, as CPython's write of each piece leaves them.
     */
    private static void printToStream(Runtime rt, PyStream stream, PyObject[] values, PyObject sep, PyObject end) {
        List<String> pieces = new ArrayList<>(2 * values.length + 1);
        try {
            String separator = sep == null ? " " : Ops.str(rt, sep);
            for (int i = 0; i < values.length; i++) {
                if (i > 0) {
                    pieces.add(separator);
                }
                pieces.add(Ops.str(rt, values[i]));
            }
            pieces.add(end == null ? "\n" : Ops.str(rt, end));
        } catch (PyError e) {
            writeEach(stream, pieces);
            throw e;
        }
        byte[] line;
        try {
            line = stream.encode(String.join("", pieces));
        } catch (PyError refused) {
            writeEach(stream, pieces); // raises again where the encoding refuses a piece
            return;
        }
        stream.writeBytes(line);
    }

    private static void writeEach(PyStream stream, List<String> pieces) {
        for (String piece : pieces) {
            stream.writeText(piece);
        }
    }

    private static PyObject noneAsNull(PyObject o) {
        return o == PyNone.NONE ? null : o;
    }

    /** 2.7's print() writes its default separator and newline as unicode when a piece it prints is unicode. */
    private static boolean usesUnicode27(PyObject sep, PyObject end, PyObject[] values) {
        if (sep instanceof PyStr || end instanceof PyStr) {
            return true;
        }
        for (PyObject v : values) {
            if (v instanceof PyStr) {
                return true;
            }
        }
        return false;
    }

    private static PyObject defaultPiece(Runtime rt, String text, boolean unicode27) {
        return unicode27 ? PyStr.of(text) : Strings.text(rt, text);
    }

    /**
     * PyFile_WriteObject with Py_PRINT_RAW to a file object of the program's (standard streams are printRaw27's and
     * printToStream's): the object's str() handed to the file's write method (looked up each time); 2.7 hands a
     * unicode object over as it is and other objects as byte strings.
     */
    private static void writePiece(Runtime rt, PyObject file, PyObject v) {
        PyObject text;
        if (!Level.py2(rt)) {
            text = v instanceof PyStr && !(v instanceof org.pyvm.core.objects.UserSubclass) ? v : PyStr.of(Ops.str(rt, v));
        } else if (v instanceof PyStr) {
            text = v;
        } else {
            text = Ops.str27(rt, v);
            if (text instanceof PyStr u) { // a __str__ that returned unicode: PyObject_Str encodes it as ASCII
                text = PyBytes.of(Builtins.encodeAscii27(rt, u.value()));
            }
        }
        Ops.call(rt, Ops.getattr(rt, file, "write"), text);
    }

    /**
     * 2.7's print() to a real file writes each piece as PyFile_WriteObject does: a byte string (or what str()
     * gives, also bytes) as its raw bytes, not re-encoded; a unicode object in the stream's encoding.
     */
    private static void printRaw27(Runtime rt, PyStream stream, PyObject[] values, PyObject sep, PyObject end) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                writeRaw27(rt, stream, sep == null || sep == PyNone.NONE ? PyBytes.of(new byte[] {' '}) : sep);
            }
            writeRaw27(rt, stream, values[i]);
        }
        writeRaw27(rt, stream, end == null || end == PyNone.NONE ? PyBytes.of(new byte[] {'\n'}) : end);
    }

    private static void writeRaw27(Runtime rt, PyStream stream, PyObject v) {
        // unicode, a subclass's instance too, is encoded as it is; a str subclass's instance is written as str() makes
        // it (its own __str__), as only an exact str is written raw (string_print)
        if (v instanceof PyStr unicode) {
            stream.writeText(unicode.value());
        } else if (v instanceof PyBytes b && !(v instanceof org.pyvm.core.objects.UserSubclass)) {
            stream.writeBytes(b.bytes());
        } else {
            String text = Ops.str(rt, v);
            boolean bytes = text.chars().allMatch(c -> c < 256); // a __str__ that gave unicode is written as text
            if (bytes) {
                stream.writeBytes(text.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
            } else {
                stream.writeText(text);
            }
        }
    }

    private static PyObject abs(Runtime rt, PyObject x) {
        if (x instanceof org.pyvm.core.objects.UserSubclass) {
            return Ops.callMethod(rt, x, "__abs__"); // a subclass's own __abs__, else its builtin's
        }
        if (x instanceof PyFloat f) {
            return PyFloat.of(Math.abs(f.value));
        }
        if (x instanceof PyInt || x instanceof PyBool) {
            PyObject neg = Ops.unary(rt, Operator.NEGATIVE, x);
            return Ops.truth(rt, Ops.compare(rt, Comparison.LT, x, PyInt.of(0))) ? neg : Ops.unary(rt, Operator.POSITIVE, x);
        }
        if (x instanceof org.pyvm.core.objects.PyComplex c) {
            return PyFloat.of(org.pyvm.core.libm.Libm.hypot(c.real, c.imag)); // _Py_c_abs: the C library's hypot
        }
        PyObject r = org.pyvm.core.runtime.ClassicNumbers.callSlot(rt, x, "__abs__");
        if (r != null) {
            return r;
        }
        throw PyError.raise("TypeError", "bad operand type for abs(): '" + Ops.typeName(rt, x) + "'");
    }

    /**
     * {@code body}, after which its first argument is released ({@link Runtime#releaseArgument}): the builtins that
     * consume an iterable and keep nothing of it, so a generator their call's expression made is closed there.
     */
    private static org.pyvm.core.objects.PyCallable releasing(Runtime rt, org.pyvm.core.objects.PyCallable body) {
        return (a, kw) -> {
            try {
                return body.call(a, kw);
            } finally {
                if (a.length > 0) {
                    rt.releaseArgument(a[0]);
                }
            }
        };
    }

    private static PyObject extreme(Runtime rt, Args args, Comparison better, String name) {
        if (args.count() == 0) {
            throw PyError.raise("TypeError", Level.modern(rt) ? name + " expected at least 1 argument, got 0"
                    : name + " expected 1 arguments, got 0");
        }
        if (Level.py2(rt)) {
            // 2.7 min_max takes key= alone
            String[] names = args.keywordNames();
            if (names != null && names.length > 0 && (names.length != 1 || !names[0].equals("key"))) {
                throw PyError.raise("TypeError", name + "() got an unexpected keyword argument");
            }
        } else {
            args.check(0, Integer.MAX_VALUE, "key", "default");
        }
        PyObject key = args.kw("key");
        // key=None means no key from 3.8; before, None is called like any key ('NoneType' object is not callable)
        boolean noKey = key == null || key == PyNone.NONE && Level.since38(rt);
        PyObject dflt = args.kw("default");
        if (dflt != null && args.count() > 1) {
            throw PyError.raise("TypeError", "Cannot specify a default for " + name + "() with multiple positional arguments");
        }
        List<PyObject> items = args.count() == 1 ? Ops.toList(rt, args.get(0)) : List.of(args.positional());
        if (items.isEmpty()) {
            if (dflt != null) {
                return dflt;
            }
            throw PyError.raise("ValueError", name + "() arg is an empty sequence");
        }
        PyObject best = items.get(0);
        PyObject bestKey = noKey ? best : Ops.call(rt, key, best);
        for (int i = 1; i < items.size(); i++) {
            PyObject x = items.get(i);
            PyObject k = noKey ? x : Ops.call(rt, key, x);
            if (Ops.truth(rt, Ops.compare(rt, better, k, bestKey))) {
                best = x;
                bestKey = k;
            }
        }
        return best;
    }

    /** pow(base, exp, mod=None) called with keywords (3.8+, Argument Clinic). */
    private static PyObject powByKeywords(Runtime rt, Args args) {
        String[] all = {"base", "exp", "mod"};
        for (int i = 0; i < args.count() && i < 3; i++) {
            if (args.kw(all[i]) != null) {
                throw PyError.raise("TypeError", "argument for pow() given by name ('" + all[i] + "') and position (" + (i + 1) + ")");
            }
        }
        args.check(0, 3, "base", "exp", "mod");
        String[] names = {"base", "exp"};
        for (int i = 0; i < 2; i++) {
            if (args.get(i, names[i]) == null) {
                throw PyError.raise("TypeError", "pow() missing required argument '" + names[i] + "' (pos " + (i + 1) + ")");
            }
        }
        PyObject mod = args.get(2, "mod");
        if (mod != null && mod != PyNone.NONE) {
            return powMod(rt, args.get(0, "base"), args.get(1, "exp"), mod);
        }
        return Ops.binary(rt, Operator.POWER, args.get(0, "base"), args.get(1, "exp"));
    }

    private static PyObject zip(Runtime rt, PyObject[] a, boolean py2, boolean strict) {
        PyObject[] its = new PyObject[a.length];
        for (int i = 0; i < a.length; i++) {
            try {
                its[i] = Ops.iter(rt, a[i]);
            } catch (PyError e) {
                if (!Level.modern(rt) && org.pyvm.core.runtime.Exceptions.is(rt, e, "TypeError")) {
                    throw PyError.raise("TypeError", "zip argument #" + (i + 1) + " must support iteration");
                }
                throw e;
            }
        }
        PyIterator z = new PyIterator("zip") {
            @Override
            public PyObject next() {
                if (its.length == 0) {
                    return null;
                }
                PyObject[] row = new PyObject[its.length];
                for (int i = 0; i < its.length; i++) {
                    row[i] = Ops.next(rt, its[i]);
                    if (row[i] == null) {
                        if (strict) {
                            if (i > 0) {
                                throw PyError.raise("ValueError", "zip() argument " + (i + 1) + " is shorter than argument"
                                        + (i == 1 ? " 1" : "s 1-" + i));
                            }
                            for (int j = 1; j < its.length; j++) {
                                if (Ops.next(rt, its[j]) != null) {
                                    throw PyError.raise("ValueError", "zip() argument " + (j + 1) + " is longer than argument"
                                            + (j == 1 ? " 1" : "s 1-" + j));
                                }
                            }
                        }
                        return null;
                    }
                }
                return PyTuple.of(row);
            }
        };
        return py2 ? PyList.of(Ops.toList(rt, z)) : z;
    }

    private static PyObject map(Runtime rt, PyObject[] a, boolean py2) {
        PyObject fn = a[0];
        if (py2 && fn == PyNone.NONE && a.length == 2) {
            return PyList.of(Ops.toList(rt, a[1])); // 2.7's map(None, s) is list(s), with list()'s error for a non-iterable
        }
        PyObject[] its = new PyObject[a.length - 1];
        for (int i = 1; i < a.length; i++) {
            try {
                its[i - 1] = Ops.iter(rt, a[i]);
            } catch (PyError e) {
                if (py2 && org.pyvm.core.runtime.Exceptions.is(rt, e, "TypeError")) {
                    throw PyError.raise("TypeError", "argument " + (i + 1) + " to map() must support iteration"); // 2.7's map_new
                }
                throw e;
            }
        }
        PyIterator m = new PyIterator("map") {
            @Override
            public PyObject next() {
                PyObject[] row = new PyObject[its.length];
                boolean any = false;
                for (int i = 0; i < its.length; i++) {
                    row[i] = Ops.next(rt, its[i]);
                    if (row[i] == null) {
                        if (!py2) {
                            return null;
                        }
                        row[i] = PyNone.NONE;
                    } else {
                        any = true;
                    }
                }
                if (!any) {
                    return null;
                }
                if (fn == PyNone.NONE && py2) { // 3.x calls None like any other function
                    return its.length == 1 ? row[0] : PyTuple.of(row);
                }
                return Ops.call(rt, fn, row);
            }
        };
        return py2 ? PyList.of(Ops.toList(rt, m)) : m;
    }

    private static PyObject filter(Runtime rt, PyObject[] a, boolean py2) {
        PyObject fn = a[0];
        PyObject it = py2 && (a[1] instanceof PyTuple || a[1] instanceof PyStr || a[1] instanceof PyBytes) ? byIndex27(rt, a[1])
                : Ops.iter(rt, a[1]);
        PyIterator f = new PyIterator("filter") {
            @Override
            public PyObject next() {
                for (PyObject x = Ops.next(rt, it); x != null; x = Ops.next(rt, it)) {
                    PyObject keep = fn == PyNone.NONE ? x : Ops.call(rt, fn, x);
                    if (Ops.truth(rt, keep)) {
                        return x;
                    }
                }
                return null;
            }
        };
        if (py2) {
            List<PyObject> items = Ops.toList(rt, f);
            if (a[1] instanceof PyStr) {
                StringBuilder sb = new StringBuilder();
                for (PyObject x : items) {
                    sb.append(((PyStr) x).value());
                }
                return PyStr.of(sb.toString());
            }
            if (a[1] instanceof PyTuple) {
                return PyTuple.of(items.toArray(new PyObject[0]));
            }
            if (a[1] instanceof PyBytes) {
                StringBuilder sb = new StringBuilder();
                for (PyObject x : items) {
                    sb.append(Strings.latin1(((PyBytes) x).bytes()));
                }
                return PyBytes.of(sb.toString().getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
            }
            return PyList.of(items);
        }
        return f;
    }

    /**
     * 2.7's filtertuple and filterstring: the items by index up to the value's own length, through the type's item
     * slot (a subclass's own __getitem__), never its __iter__.
     */
    private static PyIterator byIndex27(Runtime rt, PyObject seq) {
        int n = Ops.len(rt, org.pyvm.core.objects.UserSubclass.plainOf(seq));
        return new PyIterator("iterator") {
            private int i;

            @Override
            public PyObject next() {
                return i < n ? Ops.getitem(rt, seq, PyInt.of(i++)) : null;
            }
        };
    }

    static boolean isinstance(Runtime rt, PyObject o, PyObject spec) {
        if (spec instanceof org.pyvm.core.runtime.UnionType u) {
            return isinstance(rt, o, u.args());
        }
        if (spec instanceof PyTuple t) {
            for (PyObject s : t.items()) {
                if (isinstance(rt, o, s)) {
                    return true;
                }
            }
            return false;
        }
        // CPython's exact-type shortcut, before any hook: against a new-style type, the type the object shows (an
        // old-style instance's is InstanceType, an old-style class's ClassType), against an old-style class its class
        if ((spec instanceof PyType st && st.classic ? rt.types.of(o) : rt.types.typeOf(o)) == spec) {
            return true;
        }
        PyObject hook = metaclassHook(spec, "__instancecheck__");
        if (hook != null) {
            return Ops.truth(rt, Ops.call(rt, hook, spec, o));
        }
        if (!(spec instanceof PyType t)) {
            throw PyError.raise("TypeError", Level.modern(rt) ? "isinstance() arg 2 must be a type, a tuple of types, or a union"
                    : Level.py2(rt) ? "isinstance() arg 2 must be a class, type, or tuple of classes and types"
                    : "isinstance() arg 2 must be a type or tuple of types");
        }
        if (t.name(rt.lang).equals("basestring") && t.builtin) {
            return o instanceof PyStr || o instanceof PyBytes;
        }
        // everything is an object, 2.7's classic instances too (their type, instance, derives from object); against a
        // new-style type a classic instance is an instance and a classic class a classobj (not a type)
        return t == rt.types.object || (t.classic ? rt.types.of(o) : rt.types.typeOf(o)).isSubtypeOf(t);
    }

    /**
     * 2.7's range(): a list. Bounds that parse as C longs (ints, bools, an object's __int__) give ints; otherwise
     * handle_range_longs takes any int or long and gives longs; each with builtin_range's own words.
     */

    /**
     * divmod() of numbers one of which is complex: 2.7 computes it (floor division and remainder, whose zero division
     * says "complex divmod()" first); 3.0-3.9 refuse in complex_divmod's words; false from 3.10 (unsupported).
     */
    private static boolean complexDivmod(Runtime rt, PyObject x, PyObject y) {
        if (!(x instanceof org.pyvm.core.objects.PyComplex || y instanceof org.pyvm.core.objects.PyComplex)) {
            return false;
        }
        if (rt.lang.major() > 2) {
            if (rt.lang.minor() >= 10) {
                return false;
            }
            throw PyError.raise("TypeError", "can't take floor or mod of complex number."); // whatever the other operand
        }
        return (realNumber(x) || x instanceof org.pyvm.core.objects.PyComplex) && (realNumber(y) || y instanceof org.pyvm.core.objects.PyComplex);
    }

    /**
     * 2.7's get_range_long_argument: a value that is no int converted by its nb_int (a class's __int__; complex's,
     * which refuses), or null when it has none.
     */
    private static PyObject rangeArgumentByInt(Runtime rt, PyObject o) {
        if (!(o instanceof org.pyvm.core.objects.PyInstance || o instanceof org.pyvm.core.objects.PyComplex)
                || Ops.getattrOrNull(rt, o, "__int__") == null) {
            return null;
        }
        PyObject r = Ops.callMethod(rt, o, "__int__");
        if (!(r instanceof PyInt || r instanceof PyBool)) {
            throw PyError.raise("TypeError", "__int__ should return int object");
        }
        return r;
    }
    private static PyObject range27(Runtime rt, PyObject[] a, String[] kw) {
        if (kw != null && kw.length > 0) {
            throw PyError.raise("TypeError", "range() takes no keyword arguments");
        }
        int n = a.length;
        if (n < 1 || n > 3) {
            throw PyError.raise("TypeError", "range expected at " + (n < 1 ? "least 1" : "most 3") + " arguments, got " + n);
        }
        PyObject[] bounds = n == 1 ? new PyObject[] {PyInt.of(0), a[0], PyInt.of(1)} : new PyObject[] {a[0], a[1], n == 3 ? a[2] : PyInt.of(1)};
        long[] small = new long[3];
        boolean fits = true;
        for (int k = 0; k < 3 && fits; k++) {
            PyObject x = bounds[k];
            if (x instanceof org.pyvm.core.objects.PyInstance || x instanceof org.pyvm.core.objects.PyComplex) {
                PyObject i = rangeArgumentByInt(rt, x);
                x = i != null ? i : x;
                bounds[k] = x; // converted once: the slow path below takes it as it is
            }
            if (x instanceof PyBool b) {
                small[k] = b.value ? 1 : 0;
            } else if (x instanceof PyInt i && i.big == null) {
                small[k] = i.small;
            } else {
                fits = false;
            }
        }
        if (fits) {
            return smallRange27(rt, small[0], small[1], small[2]);
        }
        BigInteger[] v = new BigInteger[3];
        String[] role = {"start", "end", "step"};
        for (int k = 0; k < 3; k++) {
            PyObject converted = bounds[k] instanceof PyInt || bounds[k] instanceof PyBool || bounds[k] instanceof PyFloat
                    ? bounds[k] : rangeArgumentByInt(rt, bounds[k]);
            if (converted instanceof PyInt || converted instanceof PyBool) {
                v[k] = big(converted instanceof PyBool b ? PyInt.of(b.value ? 1 : 0) : converted);
            } else {
                throw PyError.raise("TypeError", "range() integer " + role[k] + " argument expected, got " + Ops.typeName(rt, bounds[k]) + ".");
            }
        }
        if (v[2].signum() == 0) {
            throw PyError.raise("ValueError", "range() step argument must not be zero");
        }
        org.pyvm.core.objects.PyRange r = new org.pyvm.core.objects.PyRange(v[0], v[1], v[2]);
        BigInteger count = r.bigLength();
        if (count.bitLength() > 63) {
            throw PyError.raise("OverflowError", "range() result has too many items");
        }
        if (count.bitLength() > 31) {
            throw PyError.raiseArgs("MemoryError"); // PyList_New's PyErr_NoMemory
        }
        java.util.List<PyObject> items = new java.util.ArrayList<>();
        for (BigInteger i = BigInteger.ZERO; i.compareTo(count) < 0; i = i.add(BigInteger.ONE)) {
            items.add(PyInt.longOf(r.bigGet(i))); // the long path's items are longs
        }
        return PyList.of(items);
    }

    /**
     * range27 of bounds that are C longs, the usual case (range(n) in a loop): the same checks in long arithmetic,
     * with no BigInteger made.
     */
    private static PyObject smallRange27(Runtime rt, long start, long stop, long step) {
        if (step == 0) {
            throw PyError.raise("ValueError", "range() step argument must not be zero");
        }
        org.pyvm.core.objects.PyRange r = new org.pyvm.core.objects.PyRange(start, stop, step);
        long count = r.unsignedLength();
        if (count < 0) { // 2**63 items or more
            throw PyError.raise("OverflowError", "range() result has too many items");
        }
        if (count > Integer.MAX_VALUE) {
            throw PyError.raiseArgs("MemoryError"); // PyList_New's PyErr_NoMemory
        }
        return PyList.of(Ops.toList(rt, r)); // counted against the memory limit as it grows
    }

    static boolean issubclass(Runtime rt, PyObject c, PyObject spec) {
        if (spec instanceof org.pyvm.core.runtime.UnionType u) {
            return issubclass(rt, c, u.args());
        }
        if (spec instanceof PyTuple t) {
            for (PyObject s : t.items()) {
                if (issubclass(rt, c, s)) {
                    return true;
                }
            }
            return false;
        }
        PyObject hook = metaclassHook(spec, "__subclasscheck__");
        if (hook != null) {
            return Ops.truth(rt, Ops.call(rt, hook, spec, c));
        }
        if (!(c instanceof PyType ct)) {
            throw PyError.raise("TypeError", "issubclass() arg 1 must be a class");
        }
        if (!(spec instanceof PyType t)) {
            throw PyError.raise("TypeError", Level.modern(rt) ? "issubclass() arg 2 must be a class, a tuple of classes, or a union"
                    : "issubclass() arg 2 must be a class or tuple of classes");
        }
        if (t.builtin && t.name(rt.lang).equals("basestring") && rt.lang.has(LanguageFeature.STR_IS_BYTES)) {
            return ct == t || ct.isSubtypeOf(rt.types.str) || ct.isSubtypeOf(rt.types.bytes); // 2.7's str and unicode derive from it
        }
        return ct.isSubtypeOf(t);
    }

    /** A metaclass's own __instancecheck__/__subclasscheck__ (abc.ABCMeta's), as isinstance and issubclass ask it; else null. */
    private static PyObject metaclassHook(PyObject spec, String name) {
        // the hook of the class of arg 2: a metaclass's, or that of any other object's class (typing's aliases)
        PyType owner = spec instanceof PyType t ? t.metatype()
                : spec instanceof org.pyvm.core.objects.PyInstance i && !i.type().classic ? i.type() : null;
        return owner == null ? null : owner.programLookup(name);
    }

    private static PyObject radix(Runtime rt, PyObject x, int radix, String prefix) {
        if (!(x instanceof PyInt || x instanceof PyBool) && radix != 2 && rt.lang.has(LanguageFeature.STR_IS_BYTES)) {
            // 2.7 hex()/oct() ask the object's __hex__/__oct__, never __index__
            String name = radix == 16 ? "hex" : "oct";
            PyObject r = org.pyvm.core.runtime.ClassicNumbers.callSlot(rt, x, "__" + name + "__");
            if (r == null) {
                throw PyError.raise("TypeError", name + "() argument can't be converted to " + name);
            }
            return r;
        }
        if (!(x instanceof PyInt || x instanceof PyBool)) {
            PyObject idx = Ops.callMethod(rt, x, "__index__");
            if (idx == null) {
                // 2.7's PyNumber_Index says "index"
                throw PyError.raise("TypeError", "'" + Ops.typeName(rt, x) + "' object cannot be interpreted as an "
                        + (rt.lang.has(LanguageFeature.STR_IS_BYTES) ? "index" : "integer"));
            }
            x = Ops.indexResult(rt, idx);
        }
        BigInteger v = x instanceof PyBool b ? BigInteger.valueOf(b.value ? 1 : 0) : big(x);
        String digits = v.abs().toString(radix);
        String s = (v.signum() < 0 ? "-" : "") + (radix == 8 && prefix.equals("0") && v.signum() == 0 ? "" : prefix) + digits;
        if (rt.lang.has(LanguageFeature.INT_AND_LONG) && x instanceof PyInt i && i.isLong && radix != 2) {
            s += "L";
        }
        return Strings.text(rt, s);
    }



    private static PyObject nextExplicit(Runtime rt, PyIterator it) {
        rt.limits().step();
        return it.nextExplicit();
    }

    /** 3.6's zip, map and filter: _PyArg_NoKeywords in its words then ("does not take"; 3.7 "takes no"). */
    private static Args refusingKeywords36(Runtime rt, Args args) {
        if (!Level.py2(rt) && !Level.since37(rt) && args.hasKeywords()) {
            throw PyError.raise("TypeError", args.name() + "() does not take keyword arguments");
        }
        return args;
    }

    /** reversed(seq) once seq has no __reversed__ of its own, and list's and range's __reversed__. */
    static PyObject reverseIterator(Runtime rt, PyObject seq) {
        boolean py2 = Level.py2(rt);
        // PySequence_Check: __getitem__ makes a sequence, except on a dict (before 3.8 dicts are not reversible); one
        // without __len__ is then len()'s TypeError
        boolean sequence = !(seq instanceof org.pyvm.core.objects.PyDict) && rt.types.of(seq).lookup("__getitem__") != null;
        if (!(seq instanceof PyList || seq instanceof PyTuple || seq instanceof PyStr || seq instanceof PyBytes
                || seq instanceof PyRange || sequence)) {
            throw PyError.raise("TypeError", py2 ? "argument to reversed() must be a sequence"
                    : "'" + Ops.typeName(rt, seq) + "' object is not reversible");
        }
        if (seq instanceof PyList l) {
            // list.__reversed__, for a subclass too: the list's own items, whatever its __iter__ or __getitem__
            return Iterators.reversedList(py2 ? "listreverseiterator" : "list_reverseiterator", l.items());
        }
        if (seq instanceof org.pyvm.core.objects.UserSubclass
                || !(seq instanceof PyTuple || seq instanceof PyStr || seq instanceof PyBytes || seq instanceof PyRange)) {
            // the sequence protocol, lazily: len() once, then __getitem__ from the end (never __iter__); a tuple, str or
            // bytes subclass too, whose own __len__ and __getitem__ it then calls
            long n = Ops.len(rt, seq);
            return new PyIterator("reversed") {
                private long i = n - 1;

                @Override
                public PyObject next() {
                    if (i < 0) {
                        return null;
                    }
                    try {
                        return Ops.getitem(rt, seq, PyInt.of(i--));
                    } catch (PyError e) {
                        if (org.pyvm.core.runtime.Exceptions.is(rt, e, "IndexError")
                                || org.pyvm.core.runtime.Exceptions.isStopIteration(rt, e)) {
                            i = -1;
                            return null;
                        }
                        throw e;
                    }
                }
            };
        }
        List<PyObject> items = Ops.toList(rt, seq);
        java.util.Collections.reverse(items);
        // range gives a range iterator; tuple, str and bytes the generic one
        String kind = seq instanceof PyRange ? (py2 ? "rangeiterator" : "range_iterator") : "reversed";
        return Iterators.overList(kind, items);
    }
}
