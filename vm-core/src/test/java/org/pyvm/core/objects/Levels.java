package org.pyvm.core.objects;

import java.util.EnumSet;
import org.pyvm.spi.LanguageFeature;

/** The three language levels as their packs declare them (feature sets used by these tests). */
final class Levels {
    static final Language PY27 = new Language("2.7", EnumSet.of(LanguageFeature.STR_IS_BYTES,
        LanguageFeature.INT_AND_LONG, LanguageFeature.PRINT_STATEMENT, LanguageFeature.CLASSIC_DIVISION,
        LanguageFeature.MIXED_TYPE_ORDERING, LanguageFeature.LIST_RETURNING_BUILTINS,
        LanguageFeature.DICT_HASH_ORDER, LanguageFeature.STRING_HASH_FNV, LanguageFeature.SET_PERTURB_ONLY_PROBING));
    static final Language PY36 = new Language("3.6", EnumSet.of(LanguageFeature.STRING_HASH_SIPHASH24,
        LanguageFeature.NUMERIC_HASH_MODULUS, LanguageFeature.EXCEPTION_CHAINING));
    static final Language PY311 = new Language("3.11", EnumSet.of(LanguageFeature.STRING_HASH_SIPHASH13,
        LanguageFeature.NUMERIC_HASH_MODULUS, LanguageFeature.TUPLE_HASH_XXHASH, LanguageFeature.SET_GROWS_AT_THREE_FIFTHS,
            LanguageFeature.EXCEPTION_CHAINING));

    private Levels() {
    }
}
