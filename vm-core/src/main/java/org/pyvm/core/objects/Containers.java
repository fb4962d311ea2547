package org.pyvm.core.objects;

import java.util.List;
import org.pyvm.spi.LanguageFeature;

/** Repr helpers shared by the containers. */
final class Containers {
    private Containers() {
    }

    static String join(String open, List<PyObject> items, String close, Language lang) {
        StringBuilder sb = new StringBuilder(open);
        for (int i = 0; i < items.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(items.get(i).repr(lang));
        }
        return sb.append(close).toString();
    }

    /**
     * set/frozenset repr. 3.x: {@code {1, 2}}, {@code frozenset({1, 2})}; 2.7: {@code set([1, 2])},
     * {@code frozenset([1, 2])}; empty: 3.x {@code set()} / {@code frozenset()}, 2.7 {@code set([])} /
     * {@code frozenset([])}.
     */
    static String setRepr(String name, boolean isPlainSet, List<PyObject> items, Language lang) {
        if (PyObject.level(lang).has(LanguageFeature.STR_IS_BYTES)) {
            return join(name + "([", items, "])", lang);
        }
        if (items.isEmpty()) {
            return name + "()";
        }
        return isPlainSet ? join("{", items, "}", lang) : join(name + "({", items, "})", lang);
    }

    /** Same size and every item of {@code a} in {@code b}. */
    static boolean setEq(SetTable a, SetTable b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (PyObject k : a.keys()) {
            if (!b.contains(k)) {
                return false;
            }
        }
        return true;
    }
}
