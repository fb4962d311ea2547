package org.pyvm.core.objects;

/** A constant naming a builtin, as marshal's 'S' (StopIteration) does. Hashes by identity, as CPython hashes a type by address. */
public final class PyBuiltinRef extends PyObject {
    public static final PyBuiltinRef STOP_ITERATION = new PyBuiltinRef("StopIteration");

    public final String name;

    private PyBuiltinRef(String name) {
        this.name = name;
    }

    @Override
    public String typeName(Language lang) {
        return "type";
    }

    @Override
    public String repr(Language lang) {
        // 2.x builtin exception classes are types of the 'exceptions' module: <type 'exceptions.StopIteration'>.
        if (level(lang).has(org.pyvm.spi.LanguageFeature.STR_IS_BYTES)) {
            return "<type 'exceptions." + name + "'>";
        }
        return "<class '" + name + "'>";
    }
}
