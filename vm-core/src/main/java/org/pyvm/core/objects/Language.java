package org.pyvm.core.objects;

import java.util.EnumSet;
import java.util.Set;
import org.pyvm.spi.LanguageFeature;
import org.pyvm.spi.OpcodeTable;

/**
 * The language level of the bytecode being run: its version and the named features that decide
 * semantics outside the bytecode (str vs unicode, int vs long, hashing...). The core asks
 * {@link #has(LanguageFeature)}, never compares version numbers.
 */
public final class Language {
    private final String version;
    private final int major;
    private final int minor;
    private final Set<LanguageFeature> features;
    /** The features as bits (ordinal), so the hot paths' has() is one AND. */
    private final long bits;

    public Language(String version, Set<LanguageFeature> features) {
        this.version = version;
        String[] parts = version.split("\\.");
        this.major = Integer.parseInt(parts[0]);
        this.minor = parts.length > 1 ? Integer.parseInt(parts[1]) : 0;
        this.features = features.isEmpty() ? EnumSet.noneOf(LanguageFeature.class) : EnumSet.copyOf(features);
        long b = 0;
        for (LanguageFeature f : this.features) {
            b |= 1L << f.ordinal();
        }
        this.bits = b;
    }

    /** The language level a pack declares. */
    public static Language of(OpcodeTable table) {
        return new Language(table.pythonVersion(), table.features());
    }

    public boolean has(LanguageFeature feature) {
        return (bits & (1L << feature.ordinal())) != 0;
    }

    /** e.g. {@code "3.11"}. */
    public String version() {
        return version;
    }

    /** For sys.version_info only; semantics switch on features. */
    public int major() {
        return major;
    }

    /** For sys.version_info only; semantics switch on features. */
    public int minor() {
        return minor;
    }

    @Override
    public String toString() {
        return "Python " + version;
    }
}
