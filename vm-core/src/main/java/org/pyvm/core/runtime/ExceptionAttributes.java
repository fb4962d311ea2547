package org.pyvm.core.runtime;

import java.util.ArrayList;
import java.util.List;
import org.pyvm.core.objects.Descriptor;
import org.pyvm.core.objects.PyBaseException;
import org.pyvm.core.objects.PyError;
import org.pyvm.core.objects.PyList;
import org.pyvm.core.objects.PyMethodDescriptor;
import org.pyvm.core.objects.PyNone;
import org.pyvm.core.objects.PyObject;
import org.pyvm.core.objects.PyTraceback;
import org.pyvm.core.objects.PyTuple;
import org.pyvm.core.objects.PyType;
import org.pyvm.spi.LanguageFeature;

/** The data and methods of exception objects: args, __cause__, __context__, __traceback__, SystemExit.code... */
public final class ExceptionAttributes {
    private ExceptionAttributes() {
    }

    /** An attribute computed from the exception that cannot be assigned. */
    abstract static class ReadOnly extends Field {
        @Override
        void write(PyBaseException e, PyObject v) {
            throw PyError.raise("AttributeError", "readonly attribute");
        }
    }

    /** A read/write attribute of exception instances, stored in Java fields. */
    abstract static class Field extends PyObject implements Ops.DataDescriptor {
        abstract PyObject read(PyBaseException e);

        abstract void write(PyBaseException e, PyObject v);

        @Override
        public PyObject get(PyObject obj, PyType type) {
            return obj instanceof PyBaseException e ? read(e) : this;
        }

        @Override
        public void set(PyObject obj, PyObject value) {
            write((PyBaseException) obj, value);
        }

        @Override
        public String typeName(org.pyvm.core.objects.Language lang) {
            return "getset_descriptor";
        }

        @Override
        public String repr(org.pyvm.core.objects.Language lang) {
            return "<attribute of exceptions>";
        }
    }

    static void install(Runtime rt) {
        installSyntaxError(rt);
        installImportError(rt);
        PyType base = rt.types.baseException;
        // BaseException_reduce / _setstate: copy and pickle rebuild an exception as type(*args), then its attributes
        base.dict.put("__reduce__", new PyMethodDescriptor("__reduce__", base, (self, a, kw) -> {
            PyBaseException e = (PyBaseException) self;
            return e.dict.isEmpty() ? PyTuple.of(e.type(), e.args) : PyTuple.of(e.type(), e.args, e.exposeDict(rt.lang));
        }));
        base.dict.put("__setstate__", new PyMethodDescriptor("__setstate__", base, (self, a, kw) -> {
            if (a.length != 1) {
                throw PyError.raise("TypeError", "__setstate__() takes exactly one argument (" + a.length + " given)");
            }
            if (a[0] != PyNone.NONE) {
                if (!(a[0] instanceof org.pyvm.core.objects.PyDict state)) {
                    throw PyError.raise("TypeError", "state is not a dictionary");
                }
                for (PyObject key : Ops.toList(rt, state)) {
                    Ops.setattr(rt, self, Ops.str(rt, key), state.get(key));
                }
            }
            return PyNone.NONE;
        }));
        base.dict.put("args", new Field() {
            @Override
            PyObject read(PyBaseException e) {
                return e.args;
            }

            @Override
            void write(PyBaseException e, PyObject v) {
                e.args = PyTuple.of(Ops.toList(rt, v).toArray(new PyObject[0]));
            }

            @Override
            public void delete(PyObject obj) {
                throw PyError.raise("TypeError", "args may not be deleted"); // BaseException_set_args
            }
        });
        if (rt.lang.has(LanguageFeature.STR_IS_BYTES)) {
            base.dict.put("message", new Field() {
                @Override
                PyObject read(PyBaseException e) {
                    PyObject set = e.dict.get("message"); // a message the program assigned (argparse's ArgumentError) wins
                    if (set != null) {
                        return set;
                    }
                    return e.args.size() == 1 ? e.args.get(0) : org.pyvm.core.runtime.Strings.text(rt, "");
                }

                @Override
                void write(PyBaseException e, PyObject v) {
                    e.dict.put("message", v);
                }
            });
            // 2.7's exceptions are sequences of their args (e[0], e[1:], for x in e), which 3.0 took away
            base.dict.put("__getitem__", new PyMethodDescriptor("__getitem__", base, (self, a, kw) -> {
                if (!Sequences.isIndex(rt, a[0])) { // sq_item only: no mapping subscript, no extended slices
                    throw PyError.raise("TypeError", "sequence index must be integer, not '" + Ops.typeName(rt, a[0]) + "'");
                }
                return Ops.getitem(rt, ((PyBaseException) self).args, a[0]);
            }));
            base.dict.put("__getslice__", new PyMethodDescriptor("__getslice__", base,
                    (self, a, kw) -> Ops.getitem(rt, ((PyBaseException) self).args, new org.pyvm.core.objects.PySlice(a[0], a[1], PyNone.NONE))));
        }
        if (rt.lang.has(LanguageFeature.EXCEPTION_CHAINING)) {
            base.dict.put("__cause__", new Field() {
                @Override
                PyObject read(PyBaseException e) {
                    return e.cause == null ? PyNone.NONE : e.cause;
                }

                @Override
                void write(PyBaseException e, PyObject v) {
                    chained(rt, v, "cause");
                    e.cause = v == PyNone.NONE ? null : v;
                    e.suppressContext = true;
                }

                @Override
                public void delete(PyObject obj) {
                    chained(rt, null, "cause");
                }
            });
            base.dict.put("__context__", new Field() {
                @Override
                PyObject read(PyBaseException e) {
                    return e.context == null ? PyNone.NONE : e.context;
                }

                @Override
                void write(PyBaseException e, PyObject v) {
                    chained(rt, v, "context");
                    e.context = v == PyNone.NONE ? null : v;
                }

                @Override
                public void delete(PyObject obj) {
                    chained(rt, null, "context");
                }
            });
            base.dict.put("__suppress_context__", new Field() {
                @Override
                PyObject read(PyBaseException e) {
                    return org.pyvm.core.objects.PyBool.of(e.suppressContext);
                }

                @Override
                void write(PyBaseException e, PyObject v) {
                    if (!(v instanceof org.pyvm.core.objects.PyBool b)) {
                        throw PyError.raise("TypeError", "attribute value type must be bool"); // a T_BOOL member
                    }
                    e.suppressContext = b.value;
                }

                @Override
                public void delete(PyObject obj) {
                    throw PyError.raise("TypeError", "can't delete numeric/char attribute");
                }
            });
            base.dict.put("__traceback__", new Field() {
                @Override
                PyObject read(PyBaseException e) {
                    // the frames so far: raising the exception again later adds outer frames to it, not to this object
                    return e.traceback.isEmpty() ? PyNone.NONE : e.tracebackObject();
                }

                @Override
                void write(PyBaseException e, PyObject v) {
                    checkTraceback(v);
                    // copied first: a traceback taken from this exception views the very list being replaced
                    java.util.List<PyError.TracebackEntry> given = v instanceof PyTraceback t ? new java.util.ArrayList<>(t.chain()) : java.util.List.of();
                    e.traceback.clear();
                    e.traceback.addAll(given);
                }

                @Override
                public void delete(PyObject obj) {
                    throw PyError.raise("TypeError", "__traceback__ may not be deleted");
                }
            });
            base.dict.put("with_traceback", new PyMethodDescriptor("with_traceback", base, (self, a, kw) -> {
                PyBaseException e = (PyBaseException) self;
                if (a.length == 1) {
                    checkTraceback(a[0]);
                }
                // copied first: exc.with_traceback(exc.__traceback__) (asyncio's Future.result) keeps its frames
                java.util.List<PyError.TracebackEntry> given = a[0] instanceof PyTraceback t ? new java.util.ArrayList<>(t.chain()) : java.util.List.of();
                e.traceback.clear();
                e.traceback.addAll(given);
                return e;
            }));
        }
        if (rt.lang.has(LanguageFeature.EXCEPTION_GROUPS)) { // PEP 678's notes came with the groups, in 3.11
            base.dict.put("add_note", addNote(rt, base));
        }
        firstArg(rt, "SystemExit", "code");
        if (!rt.lang.has(LanguageFeature.STR_IS_BYTES)) {
            firstArg(rt, "StopIteration", "value"); // 3.3's generator return value
        }
        if (rt.lang.has(LanguageFeature.NAME_SUGGESTIONS)) {
            // 3.10+: what a failed lookup sets (None when the program raised the error itself)
            noneByDefault(rt, "AttributeError", "name");
            noneByDefault(rt, "AttributeError", "obj");
            noneByDefault(rt, "NameError", "name");
        }
        if (rt.types.exceptions.containsKey("StopAsyncIteration")) {
            firstArg(rt, "StopAsyncIteration", "value");
        }
    }

    /** BaseException_set_tb: a traceback or None. */
    private static void checkTraceback(PyObject v) {
        if (!(v instanceof PyTraceback) && v != PyNone.NONE) {
            throw PyError.raise("TypeError", "__traceback__ must be a traceback or None");
        }
    }

    /** BaseException_set_cause / _set_context: None or an exception instance, else a TypeError. */
    private static void chained(Runtime rt, PyObject v, String what) {
        if (v == null) {
            throw PyError.raise("TypeError", "__" + what + "__ may not be deleted");
        }
        if (v != PyNone.NONE && !(v instanceof PyBaseException)) {
            throw PyError.raise("TypeError", "exception " + what + " must be None or derive from BaseException");
        }
    }

    private static PyMethodDescriptor addNote(Runtime rt, PyType base) {
        return new PyMethodDescriptor("add_note", base, (self, a, kw) -> {
            PyBaseException e = (PyBaseException) self;
            PyObject notes = e.dict.get("__notes__");
            if (notes == null) {
                notes = PyList.of(List.of());
                e.dict.put("__notes__", notes);
            }
            if (!(a[0] instanceof org.pyvm.core.objects.PyStr)) {
                throw PyError.raise("TypeError", "note must be a str, not '" + Ops.typeName(rt, a[0]) + "'");
            }
            ((PyList) notes).items().add(a[0]);
            return PyNone.NONE;
        });
    }

    /** An attribute the instance may have been given when raised, else None. */
    private static void noneByDefault(Runtime rt, String type, String name) {
        rt.types.exceptions.get(type).dict.put(name, new Field() {
            @Override
            PyObject read(PyBaseException e) {
                PyObject own = e.dict.get(name);
                return own != null ? own : PyNone.NONE;
            }

            @Override
            void write(PyBaseException e, PyObject v) {
                e.dict.put(name, v);
            }

            @Override
            public void delete(PyObject obj) {
                ((PyBaseException) obj).dict.put(name, PyNone.NONE); // a T_OBJECT member: deleted, it reads as None
            }
        });
    }

    /**
     * 3.10+ {@code AttributeError(msg, name=..., obj=...)} and {@code NameError(msg, name=...)} (their __init__'s
     * keyword-only parameters): the keywords become the exception's attributes; any other is refused. Installed
     * once the exception types have their constructors.
     */
    public static void installKeywordConstructors(Runtime rt) {
        if (rt.lang.has(LanguageFeature.NAME_SUGGESTIONS)) {
            keywordAttributes(rt, "AttributeError", "name", "obj");
            keywordAttributes(rt, "NameError", "name");
        }
    }

    private static void keywordAttributes(Runtime rt, String typeName, String... names) {
        PyType t = rt.types.exceptions.get(typeName);
        PyType.Constructor plain = t.constructor();
        if (plain == null) {
            return;
        }
        List<String> allowed = List.of(names);
        t.withConstructor((type, a, kw) -> {
            if (kw == null || kw.length == 0) {
                return plain.construct(type, a, kw);
            }
            int npos = a.length - kw.length;
            for (String k : kw) {
                if (!allowed.contains(k)) {
                    throw PyError.raise("TypeError", "'" + k + "' is an invalid keyword argument for " + typeName + "()");
                }
            }
            PyObject made = plain.construct(type, java.util.Arrays.copyOf(a, npos), null);
            for (int k = 0; k < kw.length; k++) {
                if (made instanceof PyBaseException e) {
                    e.dict.put(kw[k], a[npos + k]);
                }
            }
            return made;
        });
    }

    /** SystemExit.code, StopIteration.value: the first argument (None without one; all args when several for code). */
    private static void firstArg(Runtime rt, String type, String name) {
        rt.types.exceptions.get(type).dict.put(name, new Field() {
            @Override
            PyObject read(PyBaseException e) {
                PyObject own = e.dict.get(name);
                if (own != null) {
                    return own;
                }
                return e.args.size() == 0 ? PyNone.NONE : e.args.size() == 1 || name.equals("value") ? e.args.get(0) : e.args;
            }

            @Override
            void write(PyBaseException e, PyObject v) {
                e.dict.put(name, v);
            }

            @Override
            public void delete(PyObject obj) {
                ((PyBaseException) obj).dict.put(name, PyNone.NONE); // a T_OBJECT member: deleted, it reads as None
            }
        });
    }



    /**
     * SyntaxError's data, kept in its args as CPython builds them, {@code (msg, (filename, lineno,
     * offset, text[, end_lineno, end_offset]))}, and its str: "msg (file.py, line N)" with the
     * file's base name.
     */
    private static void installSyntaxError(Runtime rt) {
        PyType t = rt.types.exceptions.get("SyntaxError");
        String[] names = {"filename", "lineno", "offset", "text", "end_lineno", "end_offset"};
        boolean ends = !rt.lang.has(LanguageFeature.STR_IS_BYTES) && rt.lang.minor() >= 10;
        t.dict.put("msg", new ReadOnly() {
            @Override
            PyObject read(PyBaseException e) {
                return e.args.size() >= 1 ? e.args.get(0) : PyNone.NONE;
            }
        });
        for (int i = 0; i < names.length; i++) {
            if (i >= 4 && !ends) {
                break;
            }
            int slot = i;
            t.dict.put(names[i], new ReadOnly() {
                @Override
                PyObject read(PyBaseException e) {
                    return location(e) instanceof PyTuple loc && slot < loc.size() ? loc.get(slot) : PyNone.NONE;
                }
            });
        }
        t.dict.put("__str__", new PyMethodDescriptor("__str__", t, (self, a, kw) -> {
            PyBaseException e = (PyBaseException) self;
            if (!(location(e) instanceof PyTuple loc) || loc.size() < 2) {
                String plain = e.args.size() == 0 ? "" : e.args.size() == 1 ? Ops.str(rt, e.args.get(0)) : Ops.str(rt, e.args);
                return Strings.text(rt, plain);
            }
            String msg = Ops.str(rt, e.args.get(0));
            PyObject file = loc.get(0);
            PyObject line = loc.get(1);
            String base = file == PyNone.NONE ? null : Ops.str(rt, file).substring(Ops.str(rt, file).lastIndexOf('/') + 1);
            String where = base != null && line != PyNone.NONE ? " (" + base + ", line " + Ops.str(rt, line) + ")"
                    : base != null ? " (" + base + ")" : line != PyNone.NONE ? " (line " + Ops.str(rt, line) + ")" : "";
            return Strings.text(rt, msg + where);
        }));
    }

    private static PyObject location(PyBaseException e) {
        return e.args.size() == 2 ? e.args.get(1) : null;
    }

    /**
     * 3.x ImportError's {@code msg}, {@code name} and {@code path}: set by the import system or by
     * {@code ImportError(msg, name=..., path=...)}, None otherwise ({@code msg}: the one argument).
     */
    private static void installImportError(Runtime rt) {
        if (rt.lang.has(LanguageFeature.STR_IS_BYTES)) {
            return;
        }
        PyType t = rt.types.exceptions.get("ImportError");
        for (String name : new String[] {"msg", "name", "path"}) {
            t.dict.put(name, new Field() {
                @Override
                PyObject read(PyBaseException e) {
                    PyObject v = e.dict.get(name);
                    if (v == null && name.equals("msg") && e.args.size() == 1) {
                        return e.args.get(0);
                    }
                    return v == null ? PyNone.NONE : v;
                }

                @Override
                void write(PyBaseException e, PyObject v) {
                    e.dict.put(name, v);
                }
            });
        }
    }
}
