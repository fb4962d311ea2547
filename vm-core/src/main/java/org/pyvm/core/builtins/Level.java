package org.pyvm.core.builtins;

import org.pyvm.core.runtime.Runtime;
import org.pyvm.spi.LanguageFeature;

/**
 * The language levels the builtins tell apart. The feature set has no names for builtin-only
 * changes, so they ride on the nearest feature that arrived in the same CPython release line.
 */
final class Level {
    private Level() {
    }

    /** 2.x. */
    static boolean py2(Runtime rt) {
        return rt.lang.has(LanguageFeature.STR_IS_BYTES);
    }

    /** 3.10+ (here: 3.11): "1 argument" in singular, str.removeprefix, dict |, int.bit_count... */
    static boolean modern(Runtime rt) {
        return rt.lang.has(LanguageFeature.CALL_ERRORS_USE_QUALNAME);
    }
}
