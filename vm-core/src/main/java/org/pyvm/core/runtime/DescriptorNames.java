package org.pyvm.core.runtime;

import java.util.List;
import org.pyvm.core.objects.PyType;
import org.pyvm.spi.LanguageFeature;

/**
 * The names that builtin types hold as getset, member or slot descriptors in CPython and that pyvm answers from the
 * value itself rather than from the type's dict: dir() lists them as CPython's type dicts hold them (a function's
 * {@code __name__}, a generator's {@code gi_frame}, a class's {@code __mro__}, an exception's {@code __dict__}).
 */
final class DescriptorNames {
    private DescriptorNames() {
    }

    static List<String> of(Runtime rt, PyType t) {
        Types types = rt.types;
        boolean py2 = rt.lang.has(LanguageFeature.STR_IS_BYTES);
        int minor = rt.lang.minor();
        if (t == types.function) {
            return py2 ? List.of("__call__", "__dict__", "__get__", "__module__", "__name__")
                    : minor >= 10 ? List.of("__builtins__", "__call__", "__dict__", "__get__", "__module__", "__name__", "__qualname__")
                    : List.of("__call__", "__dict__", "__get__", "__module__", "__name__", "__qualname__");
        }
        if (t == types.generator) {
            return py2 ? List.of("__name__", "gi_code", "gi_frame", "gi_running")
                    : List.of("__name__", "__qualname__", "gi_code", "gi_frame", "gi_running", "gi_yieldfrom");
        }
        if (t == types.type) {
            return py2 ? List.of("__base__", "__bases__", "__dict__", "__module__", "__mro__", "__name__")
                    : List.of("__base__", "__bases__", "__dict__", "__module__", "__mro__", "__name__", "__qualname__");
        }
        if (t == types.builtinFunction) {
            return py2 ? List.of("__call__", "__module__", "__name__", "__self__")
                    : List.of("__call__", "__module__", "__name__", "__qualname__", "__self__");
        }
        if (t == types.method) {
            return py2 ? List.of("__call__", "__func__", "__get__", "__self__", "im_func", "im_self")
                    : minor < 11 ? List.of("__call__", "__func__", "__get__", "__self__") : List.of("__call__", "__func__", "__self__");
        }
        if (t == types.methodWrapper) {
            return py2 ? List.of("__call__", "__name__", "__self__") : List.of("__call__", "__name__", "__qualname__", "__self__");
        }
        if (t == types.methodDescriptor || t == types.wrapperDescriptor) {
            return List.of("__call__");
        }
        if (t == types.kind("property")) {
            return py2 ? List.of("__get__", "__set__") : List.of("__get__", "__isabstractmethod__", "__set__");
        }
        if (t == types.kind("staticmethod") || t == types.kind("classmethod")) {
            return py2 ? List.of("__func__", "__get__") : minor >= 10 ? List.of("__dict__", "__func__", "__get__", "__isabstractmethod__", "__wrapped__")
                    : List.of("__dict__", "__func__", "__get__", "__isabstractmethod__");
        }
        if (t == types.kind("super")) {
            return List.of("__get__", "__self__", "__self_class__", "__thisclass__");
        }
        if (t == types.baseException) {
            return List.of("__dict__");
        }
        if (t == types.exceptions.get(py2 ? "EnvironmentError" : "OSError")) {
            return py2 ? List.of("errno", "filename", "strerror") : List.of("characters_written", "errno", "filename", "filename2", "strerror");
        }
        if (t == types.exceptions.get("UnicodeEncodeError") || t == types.exceptions.get("UnicodeDecodeError")) {
            return List.of("encoding", "end", "object", "reason", "start");
        }
        return List.of();
    }
}
