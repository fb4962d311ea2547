package org.pyvm.core.objects;

/**
 * Object identities for {@code id()} and reprs like {@code <object at 0x7f...>}, shaped like
 * CPython's addresses. Derived from the JVM's identity hash: stable for the object's life and
 * distinct for all practical purposes (programs whose output is compared never print them).
 */
public final class Ids {
    private Ids() {
    }

    public static long address(Object o) {
        return 0x7f0000000000L + ((System.identityHashCode(o) & 0xffffffffL) << 4);
    }
}
