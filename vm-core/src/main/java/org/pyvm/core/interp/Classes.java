package org.pyvm.core.interp;

import java.util.ArrayList;
import java.util.List;
import org.pyvm.core.objects.PyBaseException;
import org.pyvm.core.objects.PyBuiltinFunction;
import org.pyvm.core.objects.PyBytes;
import org.pyvm.core.objects.PyCell;
import org.pyvm.core.objects.PyDict;
import org.pyvm.core.objects.PyError;
import org.pyvm.core.objects.PyInstance;
import org.pyvm.core.objects.PyObject;
import org.pyvm.core.objects.PyStr;
import org.pyvm.core.objects.PyTuple;
import org.pyvm.core.objects.PyType;
import org.pyvm.core.runtime.Ops;
import org.pyvm.core.runtime.Runtime;
import org.pyvm.core.runtime.Strings;

/** Making classes: 3.x {@code __build_class__}, 2.7 BUILD_CLASS, and instances of classes made by programs. */
final class Classes {
    private Classes() {
    }

    /** The builtin {@code __build_class__(func, name, *bases, metaclass=None, **kwds)}. */
    static PyBuiltinFunction buildClassBuiltin(Interpreter in) {
        return new PyBuiltinFunction("__build_class__", (args, kwnames) -> {
            int nkw = kwnames == null ? 0 : kwnames.length;
            PyFunction body = (PyFunction) args[0];
            String name = Ops.str(in.rt, args[1]);
            PyObject[] origBases = new PyObject[args.length - 2 - nkw];
            System.arraycopy(args, 2, origBases, 0, origBases.length);
            PyObject[] bases = mroEntries(in, origBases);
            PyObject meta = null;
            List<PyObject> classKwValues = new ArrayList<>();
            List<String> classKwNames = new ArrayList<>();
            for (int k = 0; k < nkw; k++) {
                if (kwnames[k].equals("metaclass")) {
                    meta = args[args.length - nkw + k];
                } else {
                    classKwNames.add(kwnames[k]);
                    classKwValues.add(args[args.length - nkw + k]);
                }
            }
            if (meta == null) {
                meta = bases.length > 0 ? in.rt.types.of(bases[0]) : in.rt.types.type;
            }
            if (meta instanceof PyType given) {
                // the most derived metaclass among the one given and the bases' types, or a conflict
                meta = org.pyvm.core.builtins.Metaclasses.winner(in.rt, given, bases);
            }
            PyDict ns = prepare(in, meta, name, bases, classKwNames, classKwValues);
            PyObject cell = in.runWithLocals(body, ns);
            if (bases != origBases) {
                ns.put(in.rt.name("__orig_bases__"), PyTuple.of(origBases)); // what typing's generics read back
            }
            String[] kwNames = classKwNames.isEmpty() ? null : classKwNames.toArray(new String[0]);
            PyObject cls;
            if (meta != in.rt.types.type) {
                PyObject[] metaArgs = new PyObject[3 + classKwValues.size()];
                metaArgs[0] = PyStr.of(name);
                metaArgs[1] = PyTuple.of(bases);
                metaArgs[2] = ns;
                for (int k = 0; k < classKwValues.size(); k++) {
                    metaArgs[3 + k] = classKwValues.get(k);
                }
                cls = Ops.call(in.rt, meta, metaArgs, kwNames);
            } else {
                cls = newClass(in.rt, name, bases, ns, false);
                in.rt.classCreated((PyType) cls, kwNames, classKwValues.toArray(new PyObject[0]));
            }
            if (cell instanceof PyCell c) {
                c.value = cls;
            }
            return cls;
        });
    }

    /**
     * PEP 560 (3.7+): a base that is not a class stands for the classes its {@code __mro_entries__(bases)} returns
     * (typing's {@code Generic[T]} for {@code Generic}). Returns {@code bases} itself when nothing was replaced.
     */
    private static PyObject[] mroEntries(Interpreter in, PyObject[] bases) {
        if (in.rt.lang.major() < 3 || in.rt.lang.major() == 3 && in.rt.lang.minor() < 7) {
            return bases;
        }
        List<PyObject> resolved = null;
        for (int i = 0; i < bases.length; i++) {
            PyObject base = bases[i];
            PyObject meth = base instanceof PyType ? null : Ops.getattrOrNull(in.rt, base, "__mro_entries__");
            if (meth == null) {
                if (resolved != null) {
                    resolved.add(base);
                }
                continue;
            }
            PyObject entries = Ops.call(in.rt, meth, PyTuple.of(bases));
            if (!(entries instanceof PyTuple t)) {
                throw PyError.raise("TypeError", "__mro_entries__ must return a tuple");
            }
            if (resolved == null) {
                resolved = new ArrayList<>(List.of(bases).subList(0, i));
            }
            resolved.addAll(List.of(t.items()));
        }
        return resolved == null ? bases : resolved.toArray(new PyObject[0]);
    }

    /** The class body's namespace: a metaclass's {@code __prepare__(name, bases, **kw)}, else a new dict. */
    private static PyDict prepare(Interpreter in, PyObject meta, String name, PyObject[] bases, List<String> kwNames,
            List<PyObject> kwValues) {
        PyObject hook = meta instanceof PyType m && m != in.rt.types.type && m.lookup("__prepare__") != null
                ? Ops.getattr(in.rt, meta, "__prepare__") : null;
        if (hook == null) {
            return PyDict.of(in.rt.lang, List.of());
        }
        PyObject[] args = new PyObject[2 + kwValues.size()];
        args[0] = PyStr.of(name);
        args[1] = PyTuple.of(bases);
        for (int k = 0; k < kwValues.size(); k++) {
            args[2 + k] = kwValues.get(k);
        }
        PyObject ns = Ops.call(in.rt, hook, args, kwNames.isEmpty() ? null : kwNames.toArray(new String[0]));
        if (!(ns instanceof PyDict d)) {
            String owner = meta instanceof PyType m ? m.name(in.rt.lang) : "<metaclass>";
            if (in.rt.types.of(ns).lookup("__getitem__") == null) {
                throw PyError.raise("TypeError", owner + ".__prepare__() must return a mapping, not " + Ops.typeName(in.rt, ns));
            }
            // CPython takes any mapping here; pyvm's class bodies need a dict (or a dict subclass)
            throw PyError.raise("TypeError", "pyvm: " + owner + ".__prepare__() must return a dict, not " + Ops.typeName(in.rt, ns));
        }
        return d;
    }

    /** 3.6+ class hooks, run once a class exists: each attribute's __set_name__, then the parent's __init_subclass__. */
    static void installCreationHooks(Interpreter in) {
        if (!in.rt.lang.has(org.pyvm.spi.LanguageFeature.CLASS_CREATION_HOOKS)) {
            return;
        }
        in.rt.onClassCreated((cls, kwnames, kwvalues) -> {
            setNames(in, cls);
            initSubclass(in, cls, kwnames == null ? List.of() : List.of(kwnames), List.of(kwvalues));
        });
    }

    private static void setNames(Interpreter in, PyType cls) {
        for (java.util.Map.Entry<String, PyObject> e : new ArrayList<>(cls.dict.entrySet())) {
            PyObject v = e.getValue();
            if (v instanceof Property p) {
                p.setName(e.getKey());
            } else if (v instanceof PyInstance) {
                PyObject hook = in.rt.types.of(v).lookup("__set_name__");
                if (hook != null) {
                    try {
                        Ops.call(in.rt, hook, v, cls, in.rt.name(e.getKey()));
                    } catch (PyError err) {
                        throw setNameFailed(in.rt, err, v, e.getKey(), cls);
                    }
                }
            }
        }
    }

    /**
     * 3.6-3.11 type_new_set_names: an Exception from __set_name__ becomes a RuntimeError naming the attribute,
     * with the original as its cause (3.12 adds a note instead); other BaseExceptions pass through.
     */
    private static PyError setNameFailed(Runtime rt, PyError err, PyObject value, String key, PyType cls) {
        org.pyvm.core.objects.PyBaseException original = rt.exception(err);
        if (!original.type().isSubtypeOf(rt.types.exceptions.get("Exception"))) {
            return err;
        }
        if (original.traceback.isEmpty()) {
            original.traceback.addAll(err.traceback());
        }
        PyError wrapped = PyError.raise("RuntimeError", "Error calling __set_name__ on '" + Ops.typeName(rt, value) + "' instance "
                + Ops.repr(rt, rt.name(key)) + " in '" + cls.name(rt.lang) + "'");
        org.pyvm.core.objects.PyBaseException runtime = rt.exception(wrapped);
        runtime.cause = original;
        runtime.context = original;
        return wrapped;
    }

    /** 3.6+: the parent's __init_subclass__(cls, **class keywords) runs once the class exists. */
    private static void initSubclass(Interpreter in, PyType cls, List<String> names, List<PyObject> values) {
        PyType[] mro = cls.mro();
        for (int i = 1; i < mro.length; i++) {
            PyObject hook = mro[i].dict.get("__init_subclass__");
            if (hook == null) {
                continue;
            }
            PyObject fn = hook instanceof ClassMethod cm ? cm.function : hook;
            if (fn instanceof org.pyvm.core.objects.PyMethodDescriptor) {
                if (!names.isEmpty()) {
                    // 3.10+ names the class the method is bound to
                    String owner = in.rt.lang.has(org.pyvm.spi.LanguageFeature.CALL_ERRORS_USE_QUALNAME) ? cls.qualname(in.rt.lang) + "." : "";
                    throw PyError.raise("TypeError", owner + "__init_subclass__() takes no keyword arguments");
                }
                return; // object.__init_subclass__: nothing to do
            }
            PyObject[] all = new PyObject[1 + values.size()];
            all[0] = cls;
            for (int k = 0; k < values.size(); k++) {
                all[1 + k] = values.get(k);
            }
            Ops.call(in.rt, fn, all, names.isEmpty() ? null : names.toArray(new String[0]));
            return;
        }
    }

    /** A class from its name, bases and namespace; {@code classic} for 2.7 old-style classes. */
    static PyType newClass(Runtime rt, String name, PyObject[] bases, PyDict ns, boolean classic) {
        PyType[] b = new PyType[bases.length == 0 && !classic ? 1 : bases.length];
        if (bases.length == 0 && !classic) {
            b[0] = rt.types.object;
        }
        for (int i = 0; i < bases.length; i++) {
            if (!(bases[i] instanceof PyType t)) {
                throw PyError.raise("TypeError", "bases must be types");
            }
            PyError refused = t.refusedAsBase(rt.lang);
            if (refused != null) {
                throw refused;
            }
            b[i] = t;
        }
        Ops.checkLayouts(rt, b);
        PyType cls = rt.newUserClass(name, b, classic);
        if (classic) {
            // old-style classes have no object base to inherit instance creation from
            cls.withConstructor(rt.types.object.constructor());
        }
        for (PyObject k : ns.keys()) {
            String key = k instanceof PyBytes by ? Strings.latin1(by.bytes()) : Ops.str(rt, k);
            cls.dict.put(key, ns.get(k));
        }
        cls.dict.remove("__classcell__");
        org.pyvm.core.builtins.ObjectMethods.takeQualnameSlotsAndDoc(rt, cls);
        org.pyvm.core.builtins.Subclassing.prepare(rt, cls);
        if (cls.dict.get("__init_subclass__") instanceof PyFunction f) {
            cls.dict.put("__init_subclass__", new ClassMethod(f)); // an implicit class method, as in CPython
        }
        if (rt.lang.major() == 3 && rt.lang.minor() >= 7 && cls.dict.get("__class_getitem__") instanceof PyFunction f) {
            cls.dict.put("__class_getitem__", new ClassMethod(f)); // 3.7+ (PEP 560): implicitly a class method too
        }
        if (cls.dict.get("__new__") instanceof PyFunction f) {
            cls.dict.put("__new__", new StaticMethod(f)); // __new__ is a static method without saying so
        }
        return cls;
    }

    /** 2.7 BUILD_CLASS: [name, bases, methods] becomes the class; old-style unless a base is new-style. */
    static void build27(Interpreter in, Frame f) {
        PyDict methods = (PyDict) f.pop();
        PyTuple bases = (PyTuple) f.pop();
        PyObject name = f.pop();
        try {
            f.push(made27(in, f.globals, name, bases, methods));
        } catch (PyError e) {
            // build_class: a TypeError the VM raised with a plain message (a base that is no class, a metaclass
            // conflict) gets a first line saying where it came from; one a Python metaclass raised does not
            if (e.isPending("TypeError") && e.builtinMessage && e.pendingArgs().length == 1
                    && e.pendingArgs()[0] instanceof org.pyvm.core.objects.PyStr msg) {
                PyError wrapped = PyError.raise("TypeError", "Error when calling the metaclass bases\n    " + msg.value());
                wrapped.traceback().addAll(e.traceback());
                throw wrapped;
            }
            throw e;
        }
    }

    private static PyObject made27(Interpreter in, PyDict globals, PyObject name, PyTuple bases, PyDict methods) {
        boolean classic = true;
        for (PyObject base : bases.items()) {
            if (base instanceof PyType t && !t.classic) {
                classic = false;
            }
        }
        PyObject meta = methods.get(in.rt.name("__metaclass__"));
        if (meta == null && bases.size() > 0 && !(bases.get(0) instanceof PyType)) {
            // build_class: a first base that is no class (len, 1, an instance) hands the class statement to its
            // __class__, or its type: int("Z", bases, methods) fails in int's words, not "bases must be types"
            PyObject first = bases.get(0);
            PyObject cls = Ops.getattrOrNull(in.rt, first, "__class__");
            meta = cls != null ? cls : in.rt.types.of(first);
        }
        if (meta == null && bases.size() == 0 && globals != null) {
            meta = globals.get(in.rt.name("__metaclass__")); // build_class: a class without bases takes the module's
        }
        if (meta == null && !classic) {
            // 2.7 without __metaclass__: the first base's type makes the class, and type.__new__ hands it to the most
            // derived metaclass of the new-style bases (RawIOBase(_io._RawIOBase, IOBase) is made by ABCMeta);
            // classic bases take no part
            List<PyObject> newStyle = new ArrayList<>();
            for (PyObject base : bases.items()) {
                if (base instanceof PyType t && !t.classic) {
                    newStyle.add(base);
                }
            }
            PyType winner = org.pyvm.core.builtins.Metaclasses.winner(in.rt, in.rt.types.type, newStyle.toArray(new PyObject[0]));
            meta = winner != in.rt.types.type ? winner : null;
        }
        if (meta != null && meta != in.rt.types.type) {
            return Ops.call(in.rt, meta, name, bases, methods);
        }
        if (meta == in.rt.types.type) {
            classic = false;
        }
        return newClass(in.rt, Ops.str(in.rt, name), bases.items(), methods, classic);
    }

    /**
     * How calling a class of a program comes out when nothing about it is unusual: object.__new__ (no __new__ of
     * its own, no builtin base, not an exception, not abstract, not classic) and then its __init__, a Python
     * function, or none. Worked out once per class version instead of five lookups per instance.
     */
    private static final class Plan {
        final boolean plain;
        final PyFunction init;

        Plan(boolean plain, PyFunction init) {
            this.plain = plain;
            this.init = init;
        }
    }

    private static Plan plan(Runtime rt, PyType type) {
        if (type.constructionPlan instanceof Plan p && type.constructionPlanVersion == type.version()) {
            return p;
        }
        long version = type.version();
        PyObject newMethod = type.lookup("__new__");
        boolean objectNew = newMethod != null && newMethod == rt.types.object.lookup("__new__");
        PyObject init = type.lookup("__init__");
        boolean objectInit = init instanceof org.pyvm.core.objects.PyMethodDescriptor d && d.owner() == rt.types.object;
        boolean plain = !type.builtin && !type.classic && objectNew && (objectInit || init instanceof PyFunction)
                && org.pyvm.core.builtins.Subclassing.builtinBase(rt, type) == null
                && !type.isSubtypeOf(rt.types.baseException) && type.dict.get("__abstractmethods__") == null;
        Plan p = new Plan(plain, init instanceof PyFunction fn ? fn : null);
        type.constructionPlan = p;
        type.constructionPlanVersion = version;
        return p;
    }

    /** Instances of user classes: {@code __new__}, then {@code __init__}. */
    static PyObject construct(Interpreter in, PyType type, PyObject[] args, String[] kwnames) {
        Runtime rt = in.rt;
        rt.enterCalls(1); // calling a class is one recursion level (PyObject_Call; 3.8+ _PyObject_MakeTpCall)
        try {
            return constructed(in, type, args, kwnames);
        } finally {
            rt.leaveCalls(1);
        }
    }

    private static PyObject constructed(Interpreter in, PyType type, PyObject[] args, String[] kwnames) {
        Runtime rt = in.rt;
        Plan plan = plan(rt, type);
        if (plan.plain && plan.init != null) {
            PyInstance instance = new PyInstance(type);
            Ops.callInit(rt, plan.init, instance, args, kwnames);
            return instance;
        }
        if (plan.plain && args.length == 0) {
            return new PyInstance(type); // object.__init__: nothing more to do
        }
        PyObject newMethod = type.lookup("__new__");
        if (newMethod instanceof StaticMethod sm && sm.function instanceof PyBuiltinFunction) {
            newMethod = null; // object.__new__: made below without a call
        }
        PyObject instance;
        PyType builtinBase = org.pyvm.core.builtins.Subclassing.builtinBase(rt, type);
        if (newMethod != null && !(newMethod instanceof PyBuiltinFunction) && !(newMethod instanceof org.pyvm.core.objects.PyMethodDescriptor)) {
            PyObject[] all = new PyObject[args.length + 1];
            all[0] = type;
            System.arraycopy(args, 0, all, 1, args.length);
            PyObject fn = newMethod instanceof StaticMethod sm ? sm.function : newMethod;
            instance = Ops.call(rt, fn, all, kwnames);
            if (!rt.types.of(instance).isSubtypeOf(type)) {
                return instance;
            }
        } else if (builtinBase != null) {
            instance = org.pyvm.core.builtins.Subclassing.make(rt, builtinBase, type, args, kwnames);
        } else if (type.isSubtypeOf(rt.types.baseException)) {
            PyObject[] given = positional(args, kwnames);
            boolean ownInit = !(type.lookup("__init__") instanceof org.pyvm.core.objects.PyMethodDescriptor);
            if (!ownInit && kwnames != null && kwnames.length > 0) {
                throw PyError.raise("TypeError", noKeywords(rt, type));
            }
            // 2.7 sets args in BaseException.__init__ only, so a class whose __init__ skips it keeps ()
            PyObject[] initial = ownInit && rt.lang.has(org.pyvm.spi.LanguageFeature.STR_IS_BYTES) ? new PyObject[0] : given;
            PyBaseException made = new PyBaseException(org.pyvm.core.runtime.Exceptions.constructedType(rt, type, given), PyTuple.of(initial));
            org.pyvm.core.runtime.Exceptions.splitFilename(rt, made);
            instance = made;
        } else {
            org.pyvm.core.builtins.ObjectMethods.checkAbstract(rt, type);
            instance = new PyInstance(type);
        }
        PyObject init = type.lookup("__init__");
        if (init instanceof org.pyvm.core.objects.PyMethodDescriptor d && d.owner().builtin) {
            if (builtinBase != null && d.owner() == builtinBase && org.pyvm.core.builtins.Subclassing.fillsInInit(rt, builtinBase)) {
                org.pyvm.core.builtins.Subclassing.init(rt, builtinBase, instance, args, kwnames); // list/dict/set.__init__
            }
            init = null; // object.__init__ / BaseException.__init__: the instance is already complete
        }
        if (init != null && !(init instanceof PyBuiltinFunction)) {
            Ops.callInit(rt, init, instance, args, kwnames);
        } else if (args.length > 0 && builtinBase == null && (newMethod == null || newMethod instanceof org.pyvm.core.objects.PyMethodDescriptor
                || newMethod instanceof PyBuiltinFunction) && !(instance instanceof PyBaseException)) {
            if (rt.lang.has(org.pyvm.spi.LanguageFeature.CALL_ERRORS_USE_QUALNAME)) {
                throw PyError.raise("TypeError", type.name(rt.lang) + "() takes no arguments");
            }
            if (type.classic) {
                throw PyError.raise("TypeError", "this constructor takes no arguments");
            }
            throw PyError.raise("TypeError", "object() takes no parameters");
        }
        return instance;
    }

    /** BaseException.__init__ refuses keyword arguments, naming the type by its C-level name. */
    private static String noKeywords(Runtime rt, PyType type) {
        if (rt.lang.has(org.pyvm.spi.LanguageFeature.CALL_ERRORS_USE_QUALNAME)) {
            return type.name(rt.lang) + "() takes no keyword arguments";
        }
        boolean py2Builtin = type.builtin && rt.lang.has(org.pyvm.spi.LanguageFeature.STR_IS_BYTES);
        return (py2Builtin ? "exceptions." : "") + type.name(rt.lang) + " does not take keyword arguments";
    }

    private static PyObject[] positional(PyObject[] args, String[] kwnames) {
        int n = args.length - (kwnames == null ? 0 : kwnames.length);
        List<PyObject> out = new ArrayList<>(List.of(args).subList(0, n));
        return out.toArray(new PyObject[0]);
    }

    /**
     * What staticmethod and classmethod objects share: the callable they wrap ({@code __func__}, 3.x's
     * {@code __wrapped__}, {@code __isabstractmethod__}) and, in 3.x, a namespace of their own (sm_dict/cm_dict):
     * what a program sets on them and, from 3.10, the wrapped callable's __module__, __name__, __qualname__, __doc__
     * and __annotations__ as functools_wraps copies them when it is made (here when first read).
     */
    abstract static class FunctionWrapper extends PyObject implements org.pyvm.core.objects.Descriptor,
            org.pyvm.core.objects.CustomAttributes {
        final PyObject function;
        /** The language of the builtin that made it (3.x: with a namespace of its own; null: without one). */
        private final org.pyvm.core.objects.Language lang;
        private org.pyvm.core.objects.PyDict dict;

        FunctionWrapper(PyObject function, org.pyvm.core.objects.Language lang) {
            this.function = function;
            this.lang = lang;
        }

        org.pyvm.core.objects.Language language() {
            return lang;
        }

        /** {@code __func__} (2.7 and 3.x) and 3.x's {@code __wrapped__}: the function it wraps (functools, enum and abc read it). */
        @Override
        public PyObject attribute(String name) {
            if (name.equals("__func__") || name.equals("__wrapped__") && !(function instanceof PyFunction f
                    && f.code.lang.has(org.pyvm.spi.LanguageFeature.STR_IS_BYTES))) {
                return function;
            }
            if (name.equals("__isabstractmethod__")) {
                PyObject v = function instanceof org.pyvm.core.objects.CustomAttributes c ? c.attribute("__isabstractmethod__") : null;
                return v != null ? v : org.pyvm.core.objects.PyBool.FALSE;
            }
            return null;
        }

        @Override
        public PyObject attribute(String name, org.pyvm.core.objects.Language l) {
            PyObject v = versioned(name, l) ? attribute(name) : null;
            if (v != null || lang == null || lang.has(org.pyvm.spi.LanguageFeature.STR_IS_BYTES)) {
                return v;
            }
            org.pyvm.core.objects.PyDict d = namespace();
            return name.equals("__dict__") ? d : d.get(org.pyvm.core.objects.PyStr.of(name));
        }

        @Override
        public boolean setAttribute(String name, PyObject value) {
            if (lang == null || lang.has(org.pyvm.spi.LanguageFeature.STR_IS_BYTES) || name.equals("__dict__")) {
                return false;
            }
            namespace().put(org.pyvm.core.objects.PyStr.of(name), value);
            return true;
        }

        /** Whether {@code l} has the attribute: __wrapped__ came in 3.10, __isabstractmethod__ in 3.3. */
        private static boolean versioned(String name, org.pyvm.core.objects.Language l) {
            if (l == null) {
                return true;
            }
            if (name.equals("__wrapped__")) {
                return l.has(org.pyvm.spi.LanguageFeature.CALL_ERRORS_USE_QUALNAME);
            }
            return !name.equals("__isabstractmethod__") || !l.has(org.pyvm.spi.LanguageFeature.STR_IS_BYTES);
        }

        private org.pyvm.core.objects.PyDict namespace() {
            if (dict != null) {
                return dict;
            }
            dict = org.pyvm.core.objects.PyDict.of(lang, List.of());
            if (lang.has(org.pyvm.spi.LanguageFeature.CALL_ERRORS_USE_QUALNAME) && function instanceof org.pyvm.core.objects.CustomAttributes c) {
                for (String n : new String[] {"__module__", "__name__", "__qualname__", "__doc__", "__annotations__"}) {
                    PyObject v = c.attribute(n, lang);
                    if (v == null && n.equals("__doc__")) {
                        v = org.pyvm.core.objects.PyNone.NONE; // every callable has one (pyvm keeps no builtin's text)
                    }
                    if (v != null) {
                        dict.put(org.pyvm.core.objects.PyStr.of(n), v);
                    }
                }
            }
            return dict;
        }

        /** {@code <staticmethod object at 0x...>}; 3.10+ shows what it wraps. */
        String repr(org.pyvm.core.objects.Language l, String kind) {
            if (l.has(org.pyvm.spi.LanguageFeature.CALL_ERRORS_USE_QUALNAME)) {
                return "<" + kind + "(" + function.repr(l) + ")>";
            }
            return "<" + kind + " object at 0x" + Long.toHexString(org.pyvm.core.objects.Ids.address(this)) + ">";
        }
    }

    /** staticmethod objects: fetched through class or instance, the plain function. */
    static final class StaticMethod extends FunctionWrapper {
        StaticMethod(PyObject function) {
            super(function, null);
        }

        StaticMethod(PyObject function, org.pyvm.core.objects.Language lang) {
            super(function, lang);
        }

        @Override
        public PyObject get(PyObject obj, PyType type) {
            return function;
        }

        @Override
        public String typeName(org.pyvm.core.objects.Language lang) {
            return "staticmethod";
        }

        @Override
        public String repr(org.pyvm.core.objects.Language lang) {
            return repr(lang, "staticmethod");
        }
    }

    /** classmethod objects: bound to the class. */
    static final class ClassMethod extends FunctionWrapper {
        ClassMethod(PyObject function) {
            super(function, null);
        }

        ClassMethod(PyObject function, org.pyvm.core.objects.Language lang) {
            super(function, lang);
        }

        @Override
        public PyObject get(PyObject obj, PyType type) {
            if (chainsDescriptors() && !(function instanceof PyFunction)) {
                // 3.9-3.12: a wrapped descriptor is asked for the class (classmethod over property gives a class property)
                if (function instanceof org.pyvm.core.objects.Descriptor d) {
                    return d.get(type, type);
                }
                if (function instanceof org.pyvm.core.objects.PyInstance i && !i.type().classic && i.type().lookup("__get__") != null) {
                    return ((org.pyvm.core.objects.PyCallable) i.type().lookup("__get__")).call(new PyObject[] {function, type, type}, null);
                }
            }
            return new org.pyvm.core.objects.PyBoundMethod(function, type);
        }

        private boolean chainsDescriptors() {
            org.pyvm.core.objects.Language l = language();
            return l != null && l.major() == 3 && l.minor() >= 9 && l.minor() <= 12;
        }

        @Override
        public String typeName(org.pyvm.core.objects.Language lang) {
            return "classmethod";
        }

        @Override
        public String repr(org.pyvm.core.objects.Language lang) {
            return repr(lang, "classmethod");
        }
    }
}
