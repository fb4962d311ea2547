package org.pyvm.core.runtime;

import java.util.Map;
import org.pyvm.core.code.CodeObject;
import org.pyvm.core.objects.Language;
import org.pyvm.core.objects.PyBool;
import org.pyvm.core.objects.PyBoundMethod;
import org.pyvm.core.objects.PyBuiltinFunction;
import org.pyvm.core.objects.PyBytes;
import org.pyvm.core.objects.PyCell;
import org.pyvm.core.objects.PyComplex;
import org.pyvm.core.objects.PyDict;
import org.pyvm.core.objects.PyEllipsis;
import org.pyvm.core.objects.PyFloat;
import org.pyvm.core.objects.PyFrozenSet;
import org.pyvm.core.objects.PyInt;
import org.pyvm.core.objects.PyIterator;
import org.pyvm.core.objects.PyList;
import org.pyvm.core.objects.PyMethodDescriptor;
import org.pyvm.core.objects.PyModule;
import org.pyvm.core.objects.PyNone;
import org.pyvm.core.objects.PyObject;
import org.pyvm.core.objects.PyRange;
import org.pyvm.core.objects.PySet;
import org.pyvm.core.objects.PySlice;
import org.pyvm.core.objects.PyStr;
import org.pyvm.core.objects.PyTuple;
import org.pyvm.core.objects.PyType;
import org.pyvm.core.objects.Typed;
import org.pyvm.spi.LanguageFeature;

/**
 * The builtin types of one language level. Values written in Java get their type here (by Java
 * class); instances of classes, functions and exceptions carry their own ({@link Typed}).
 */
public final class Types {
    public final PyType object;
    public final PyType type;
    public final PyType int_;
    /** 2.7 {@code long}; the same as {@link #int_} in 3.x. */
    public final PyType long_;
    public final PyType bool;
    public final PyType float_;
    public final PyType complex;
    /** Text: 3.x {@code str}, 2.7 {@code unicode}. */
    public final PyType str;
    /** Bytes: 3.x {@code bytes}, 2.7 {@code str}. */
    public final PyType bytes;
    public final PyType list;
    public final PyType tuple;
    public final PyType dict;
    public final PyType set;
    public final PyType frozenset;
    public final PyType none;
    public final PyType ellipsis;
    public final PyType range;
    public final PyType slice;
    public final PyType function;
    public final PyType builtinFunction;
    public final PyType method;
    public final PyType methodDescriptor;
    /** A type slot's method in its type's dict (float.__add__), and that method bound (CPython's method-wrapper). */
    public final PyType wrapperDescriptor;
    public final PyType methodWrapper;
    public final PyType module;
    public final PyType cell;
    public final PyType code;
    public final PyType generator;
    /** 3.5+: what calling an {@code async def} function gives. */
    public final PyType coroutine;
    /** PEP 525's async_generator (3.6+): its asend/athrow/aclose live in interp's AsyncGenerators. */
    public final PyType asyncGenerator;
    public final PyType iterator;
    /** 3.9+ {@code types.GenericAlias}: {@code list[int]}. */
    public final PyType genericAlias;
    /** 2.7: the type of every classic instance ({@code type(o)} is {@code instance}); null in 3.x. */
    public final PyType instance;
    /** 2.7: the type of classic classes ({@code classobj}); null in 3.x. */
    public final PyType classobj;
    private final java.util.Map<String, PyType> otherTypes = new java.util.HashMap<>();
    private final Language lang;
    /** Builtin exception classes by name. */
    public final Map<String, PyType> exceptions;
    /** exceptions' BaseException, which every except clause of 3.x checks its classes against. */
    public final PyType baseException;

    Types(Language lang) {
        boolean py2 = lang.has(LanguageFeature.STR_IS_BYTES);
        this.lang = lang;
        object = PyType.builtin("object", null);
        type = PyType.builtin("type", null, object);
        int_ = PyType.builtin("int", null, object);
        long_ = lang.has(LanguageFeature.INT_AND_LONG) ? PyType.builtin("long", null, object) : int_;
        bool = PyType.builtin("bool", null, int_);
        float_ = PyType.builtin("float", null, object);
        complex = PyType.builtin("complex", null, object);
        str = PyType.builtin(py2 ? "unicode" : "str", null, object);
        bytes = PyType.builtin(py2 ? "str" : "bytes", null, object);
        list = PyType.builtin("list", null, object).withCollectionFlag(PyType.SEQUENCE);
        tuple = PyType.builtin("tuple", null, object).withCollectionFlag(PyType.SEQUENCE);
        dict = PyType.builtin("dict", null, object).withCollectionFlag(PyType.MAPPING);
        set = PyType.builtin("set", null, object);
        frozenset = PyType.builtin("frozenset", null, object);
        for (PyType t : new PyType[] {int_, bool, float_, str, bytes, list, tuple, dict, set, frozenset}) {
            t.withMatchSelf(); // _Py_TPFLAGS_MATCH_SELF: case int(x) binds x to the subject (bytearray's is set where it is made)
        }
        none = PyType.builtin("NoneType", null, object);
        ellipsis = PyType.builtin("ellipsis", null, object);
        range = PyType.builtin(py2 ? "xrange" : "range", null, object).withCollectionFlag(PyType.SEQUENCE);
        slice = PyType.builtin("slice", null, object);
        function = PyType.builtin("function", null, object);
        builtinFunction = PyType.builtin("builtin_function_or_method", null, object);
        method = PyType.builtin(py2 ? "instancemethod" : "method", null, object);
        methodDescriptor = PyType.builtin("method_descriptor", null, object);
        wrapperDescriptor = PyType.builtin("wrapper_descriptor", null, object);
        methodWrapper = PyType.builtin("method-wrapper", null, object);
        module = PyType.builtin("module", null, object);
        cell = PyType.builtin("cell", null, object);
        code = PyType.builtin("code", null, object);
        generator = PyType.builtin("generator", null, object);
        coroutine = PyType.builtin("coroutine", null, object);
        asyncGenerator = PyType.builtin("async_generator", null, object);
        iterator = PyType.builtin("iterator", null, object);
        genericAlias = PyType.builtin("GenericAlias", null, object);
        exceptions = ExceptionTypes.create(lang, object);
        baseException = exceptions.get("BaseException");
        instance = py2 ? PyType.builtin("instance", null, object) : null;
        classobj = py2 ? PyType.builtin("classobj", null, object) : null;
    }

    /**
     * {@code type(o)} as the program sees it: like {@link #of}, except that 2.7 classic instances
     * and classes report {@code instance} and {@code classobj}.
     */
    public PyType typeOf(PyObject o) {
        if (instance != null && o instanceof org.pyvm.core.objects.PyInstance i && i.type().classic) {
            return instance;
        }
        if (classobj != null && o instanceof PyType t && t.classic) {
            return classobj;
        }
        return of(o);
    }

    /** The class whose attributes {@code o} has (for a classic instance: its class). */
    public PyType of(PyObject o) {
        if (o instanceof Typed t) {
            return t.type();
        }
        if (o instanceof PyInt i) {
            return i.isLong ? long_ : int_;
        }
        if (o instanceof PyStr) {
            return str;
        }
        if (o instanceof PyBool) {
            return bool;
        }
        if (o instanceof PyFloat) {
            return float_;
        }
        if (o instanceof PyList) {
            return list;
        }
        if (o instanceof PyTuple) {
            return tuple;
        }
        if (o instanceof PyDict) {
            return dict;
        }
        if (o instanceof PyNone) {
            return none;
        }
        if (o instanceof PyBytes) {
            return bytes;
        }
        if (o instanceof PySet) {
            return set;
        }
        if (o instanceof PyFrozenSet) {
            return frozenset;
        }
        if (o instanceof PyComplex) {
            return complex;
        }
        if (o instanceof PyType t) {
            return t.metatype() != null ? t.metatype() : type;
        }
        if (o instanceof PyRange) {
            return range;
        }
        if (o instanceof PySlice) {
            return slice;
        }
        if (o instanceof PyBuiltinFunction f) {
            return f.isMethodWrapper() ? methodWrapper : builtinFunction;
        }
        if (o instanceof PyBoundMethod || o instanceof org.pyvm.core.objects.PyUnboundMethod) {
            return method; // 2.7's bound and unbound methods are one type, instancemethod (types.MethodType)
        }
        if (o instanceof PyMethodDescriptor d) {
            return d.isSlotWrapper() ? wrapperDescriptor : methodDescriptor;
        }
        if (o instanceof PyModule) {
            return module;
        }
        if (o instanceof PyEllipsis) {
            return ellipsis;
        }
        if (o instanceof PyCell) {
            return cell;
        }
        if (o instanceof CodeObject) {
            return code;
        }
        // every other builtin kind of value is a type of its own, made on first sight from the name the value gives
        // itself; iterators (list_iterator, generator...) also get their protocol as attributes
        String name = o.typeName(lang);
        if (o instanceof PyIterator) {
            return otherTypes.computeIfAbsent(name, this::iteratorType);
        }
        return name.equals("object") ? object : kind(name);
    }

    /** The type of the iterators named {@code name} (map, zip...), with their protocol, as type(x) gives it. */
    public PyType iteratorKind(String name) {
        return otherTypes.computeIfAbsent(name, this::iteratorType);
    }

    /**
     * The type of a builtin kind of value that has no field here (staticmethod, property, super...): one object
     * per name and runtime, so the builtin name and {@code type(x)} of its values are the same type.
     */
    public PyType kind(String name) {
        return otherTypes.computeIfAbsent(name, n -> PyType.builtin(n, null, object));
    }

    /**
     * An iterator type with its protocol as attributes, since library code binds them
     * ({@code next = it.__next__} in heapq.merge; 2.7's {@code it.next}).
     */
    private PyType iteratorType(String name) {
        PyType t = PyType.builtin(name, null, object);
        String next = lang.has(org.pyvm.spi.LanguageFeature.STR_IS_BYTES) ? "next" : "__next__";
        t.dict.put(next, new org.pyvm.core.objects.PyMethodDescriptor(next, t, (self, a, kw) -> {
            PyObject v = org.pyvm.core.objects.IteratorSubclass.iteratorOf(self).next();
            if (v == null) {
                throw org.pyvm.core.objects.PyError.raiseArgs("StopIteration");
            }
            return v;
        }));
        t.dict.put("__iter__", new org.pyvm.core.objects.PyMethodDescriptor("__iter__", t, (self, a, kw) -> self));
        if (HINTED.contains(name)) {
            t.dict.put("__length_hint__", new org.pyvm.core.objects.PyMethodDescriptor("__length_hint__", t,
                    (self, a, kw) -> org.pyvm.core.objects.PyInt.of(Math.max(0,
                            org.pyvm.core.objects.IteratorSubclass.iteratorOf(self).lengthHint()))));
        }
        return t;
    }

    /**
     * Makes {@code t}, a builtin iterator type, callable: {@code make} builds the iterator; called through a program's
     * subclass of {@code t}, the instance is of that class ({@link org.pyvm.core.objects.IteratorSubclass}).
     */
    public static void iteratorConstructor(Runtime rt, PyType t, org.pyvm.core.objects.PyCallable make) {
        t.withConstructor((type, a, kw) -> {
            PyObject made = make.call(a, kw);
            if (type == t || type == null || !(made instanceof PyIterator it)) {
                return made;
            }
            PyObject self = new org.pyvm.core.objects.IteratorSubclass(type, it);
            PyObject init = type.lookup("__init__");
            if (init != null && !(init instanceof org.pyvm.core.objects.PyMethodDescriptor d && d.owner().builtin)) {
                Ops.callInit(rt, init, self, a, kw); // the class's own __init__, with the arguments __new__ had
            }
            return self;
        });
    }

    /** The iterator types that have __length_hint__ in CPython (and whose pyvm iterators count what is left). */
    private static final java.util.Set<String> HINTED = java.util.Set.of("list_iterator", "listiterator", "list_reverseiterator", "listreverseiterator", "tuple_iterator",
            "tupleiterator", "range_iterator", "_deque_iterator", "_deque_reverse_iterator", "deque_iterator", "deque_reverse_iterator", "rangeiterator", "str_iterator", "str_ascii_iterator", "bytes_iterator");
}
