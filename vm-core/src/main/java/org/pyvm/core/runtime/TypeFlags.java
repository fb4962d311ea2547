package org.pyvm.core.runtime;

import org.pyvm.core.objects.PyType;
import org.pyvm.spi.LanguageFeature;

/**
 * {@code cls.__flags__}: the bits of CPython's tp_flags that library code tests. copyreg's {@code _reduce_ex}
 * (pickle protocols 0 and 1, 2.7's default) finds a class's C base as the first class of its MRO without
 * Py_TPFLAGS_HEAPTYPE; inspect.isabstract reads Py_TPFLAGS_IS_ABSTRACT. The value holds those bits, BASETYPE,
 * READY, HAVE_GC for a program's classes, and the fast-subclass bits; not every bit CPython's has (slots'
 * capabilities, version tags), so the number itself may differ from CPython's.
 */
final class TypeFlags {
    private TypeFlags() {
    }

    private static final long HEAPTYPE = 1L << 9;
    private static final long BASETYPE = 1L << 10;
    private static final long READY = 1L << 12;
    private static final long HAVE_GC = 1L << 14;
    private static final long IS_ABSTRACT = 1L << 20;

    static long of(Runtime rt, PyType t) {
        long flags = READY | (t.staticInCPython() ? 0 : HEAPTYPE | HAVE_GC) | (t.acceptsSubclasses() ? BASETYPE : 0);
        org.pyvm.core.objects.PyObject abstracts = t.dict.get("__abstractmethods__");
        if (abstracts != null && Ops.truth(rt, abstracts)) {
            flags |= IS_ABSTRACT;
        }
        return flags | subclassBit(rt, t);
    }

    /** Py_TPFLAGS_*_SUBCLASS: the builtin among the MRO whose instances the class's are (bits 23-31). */
    private static long subclassBit(Runtime rt, PyType t) {
        boolean py2 = rt.lang.has(LanguageFeature.STR_IS_BYTES);
        Types ty = rt.types;
        for (PyType k : t.mro()) {
            if (k == ty.type) {
                return 1L << 31;
            }
            if (k == ty.int_ || k == ty.long_) {
                return py2 && k == ty.int_ ? 1L << 23 : 1L << 24;
            }
            long bit = k == ty.list ? 1L << 25 : k == ty.tuple ? 1L << 26 : k == ty.bytes ? 1L << 27
                    : k == ty.str ? 1L << 28 : k == ty.dict ? 1L << 29 : 0;
            if (bit != 0) {
                return bit;
            }
            if (k.builtin && k.name(rt.lang).equals("BaseException")) {
                return 1L << 30;
            }
        }
        return 0;
    }
}
