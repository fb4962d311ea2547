package org.pyvm.core.objects;

import java.util.EnumSet;
import org.pyvm.spi.LanguageFeature;

/**
 * Base of every Python value. Behaviour that differs between versions takes the
 * {@link Language} of the running bytecode.
 */
public abstract class PyObject {
    /**
     * Used when a caller has no language level at hand (e.g. a Java-side error message): 3.x reprs,
     * 3.x numeric hashing. Real code always passes the running level.
     */
    static final Language NO_LANGUAGE = new Language("3", EnumSet.of(LanguageFeature.NUMERIC_HASH_MODULUS,
        LanguageFeature.STRING_HASH_SIPHASH13, LanguageFeature.TUPLE_HASH_XXHASH));

    /** The level to use: {@code lang}, or {@link #NO_LANGUAGE} for null. */
    static Language level(Language lang) {
        return lang == null ? NO_LANGUAGE : lang;
    }

    /** The Python type name as {@code type(x).__name__} gives it for this language level. */
    public abstract String typeName(Language lang);

    /** {@code repr(x)} as the CPython of this language level prints it. */
    public abstract String repr(Language lang);

    /**
     * {@code hash(x)} as the CPython of this language level computes it (64-bit, {@code PYTHONHASHSEED=0}).
     * The default is identity-based, like {@code object.__hash__} (which hashes the address in CPython,
     * so no VM can reproduce its values). Unhashable types raise TypeError.
     */
    public long hash(Language lang) {
        return System.identityHashCode(this);
    }

    /**
     * {@code self == other} for the built-in value types, without calling Python code: what hash tables
     * (sets, dicts, 2.7 interning) need. The default is identity.
     */
    public boolean eq(PyObject other, Language lang) {
        return this == other;
    }

    /** The TypeError CPython raises for {@code hash()} of a mutable container. */
    static PyError unhashable(PyObject o, Language lang) {
        return PyError.raise("TypeError", "unhashable type: '" + o.typeName(lang) + "'");
    }
}
