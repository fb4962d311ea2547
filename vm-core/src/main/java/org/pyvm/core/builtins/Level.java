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

    /** 3.7+ (the release of list.sort's key-type pre-check): str.isascii, bytes.isascii. */
    static boolean since37(Runtime rt) {
        return rt.lang.has(LanguageFeature.SORT_SAME_TYPE_PRECHECK);
    }

    /** 3.8+ (the release that made bound methods hash their object by identity): int.as_integer_ratio. */
    static boolean since38(Runtime rt) {
        return rt.lang.has(LanguageFeature.METHOD_HASHES_SELF_BY_IDENTITY);
    }

    /** 3.9+ (the release of bpo-28029's empty-string replace): str/bytes.removeprefix and removesuffix. */
    static boolean since39(Runtime rt) {
        return rt.lang.has(LanguageFeature.EMPTY_STRING_REPLACE_WITH_COUNT);
    }

    /** 3.10+ (here: 3.11): "1 argument" in singular, dict |, int.bit_count... */
    static boolean modern(Runtime rt) {
        return rt.lang.has(LanguageFeature.CALL_ERRORS_USE_QUALNAME);
    }
}
