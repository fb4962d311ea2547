package org.pyvm.core.builtins;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.pyvm.core.objects.PyBool;
import org.pyvm.core.objects.PyBuiltinFunction;
import org.pyvm.core.objects.PyCallable;
import org.pyvm.core.objects.PyEllipsis;
import org.pyvm.core.objects.PyNone;
import org.pyvm.core.objects.PyNotImplemented;
import org.pyvm.core.objects.PyObject;
import org.pyvm.core.objects.PyType;
import org.pyvm.core.runtime.Runtime;
import org.pyvm.spi.LanguageFeature;

/**
 * The builtins module of one runtime. Each group lives in its own class: {@link Functions} (len,
 * print, sorted...), {@link Constructors} (int(), str(), list()...), and the methods of each
 * builtin type ({@link StrMethods}, {@link ListMethods}, {@link DictMethods}...).
 */
public final class Builtins {
    private Builtins() {
    }

    public static void install(Runtime rt) {
        boolean py2 = rt.lang.has(LanguageFeature.STR_IS_BYTES);
        put(rt, "None", PyNone.NONE);
        put(rt, "True", PyBool.TRUE);
        put(rt, "False", PyBool.FALSE);
        put(rt, "Ellipsis", PyEllipsis.ELLIPSIS);
        put(rt, "NotImplemented", PyNotImplemented.NOT_IMPLEMENTED);
        for (Map.Entry<String, PyType> e : rt.types.exceptions.entrySet()) {
            put(rt, e.getKey(), e.getValue());
        }
        List<PyType> named = new ArrayList<>(List.of(rt.types.object, rt.types.type, rt.types.int_, rt.types.bool,
                rt.types.float_, rt.types.complex, rt.types.str, rt.types.list, rt.types.tuple, rt.types.dict,
                rt.types.set, rt.types.frozenset, rt.types.slice, rt.types.range));
        if (py2) {
            named.add(rt.types.long_);
            named.add(rt.types.bytes); // 2.7 str
            put(rt, "basestring", PyType.builtin("basestring", null, rt.types.object));
        } else {
            named.add(rt.types.bytes);
        }
        for (PyType t : named) {
            put(rt, t.name(rt.lang), t);
        }
        if (py2) {
            put(rt, "bytes", rt.types.bytes);
        }
        Constructors.install(rt);
        Functions.install(rt);
        StrMethods.install(rt);
        ListMethods.install(rt);
        DictMethods.install(rt);
        SetMethods.install(rt);
        if (py2) {
            SliceMethods27.install(rt);
        }
        if (!py2) {
            MemoryView.install(rt);
        }
        ObjectMethods.install(rt);
        Subclassing.install(rt);
        Numbers.install(rt);
        ByteArray.install(rt);
        rt.types.bool.withoutSubclasses(); // "type 'bool' is not an acceptable base type"
        if (rt.lang.has(org.pyvm.spi.LanguageFeature.BUILTIN_GENERIC_ALIAS)) {
            // 3.9+: list[int] is types.GenericAlias(list, int)
            org.pyvm.core.runtime.GenericAlias.install(rt, List.of(rt.types.list, rt.types.tuple, rt.types.dict, rt.types.set,
                    rt.types.frozenset));
        }
        if (py2) {
            Buffer27.install(rt);
        }
    }

    static void put(Runtime rt, String name, PyObject value) {
        rt.builtins.put(rt.name(name), value);
    }

    static void def(Runtime rt, String name, PyCallable impl) {
        put(rt, name, new PyBuiltinFunction(name, impl));
    }
}
