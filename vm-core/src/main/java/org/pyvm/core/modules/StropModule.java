package org.pyvm.core.modules;

import org.pyvm.core.objects.PyBytes;
import org.pyvm.core.objects.PyError;
import org.pyvm.core.objects.PyModule;
import org.pyvm.core.runtime.Ops;
import org.pyvm.core.runtime.Runtime;

/**
 * 2.7's {@code strop}, the C module string.py takes its character classes and maketrans from (its
 * own fallbacks differ: string.whitespace is ' \t\n\r\v\f' without it, '\t\n\x0b\x0c\r ' with it).
 * The classes are the C locale's, as CPython starts.
 */
public final class StropModule {
    private StropModule() {
    }

    public static PyModule create(Runtime rt) {
        ModuleBuilder m = new ModuleBuilder(rt, "strop");
        m.put("whitespace", bytes("\t\n\u000b\u000c\r "));
        m.put("lowercase", bytes("abcdefghijklmnopqrstuvwxyz"));
        m.put("uppercase", bytes("ABCDEFGHIJKLMNOPQRSTUVWXYZ"));
        m.def("maketrans", (a, kw) -> {
            if (a.length != 2 || !(a[0] instanceof PyBytes from) || !(a[1] instanceof PyBytes to)) {
                throw PyError.raise("TypeError", "maketrans() argument must be two strings, not "
                        + (a.length == 0 ? "nothing" : Ops.typeName(rt, a[0])));
            }
            byte[] f = from.bytes();
            byte[] t = to.bytes();
            if (f.length != t.length) {
                throw PyError.raise("ValueError", "maketrans arguments must have same length");
            }
            byte[] table = new byte[256];
            for (int i = 0; i < 256; i++) {
                table[i] = (byte) i;
            }
            for (int i = 0; i < f.length; i++) {
                table[f[i] & 0xff] = t[i];
            }
            return PyBytes.of(table);
        });
        return m.build();
    }

    private static PyBytes bytes(String ascii) {
        return PyBytes.of(ascii.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
    }
}
