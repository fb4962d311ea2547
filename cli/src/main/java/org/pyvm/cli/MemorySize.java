package org.pyvm.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** {@code --max-memory}'s SIZE: bytes, or a number with K, M or G (powers of 1024). */
final class MemorySize implements ITypeConverter<Long> {
    @Override
    public Long convert(String value) {
        String v = value.trim().toUpperCase(java.util.Locale.ROOT);
        long unit = 1;
        if (v.endsWith("K") || v.endsWith("M") || v.endsWith("G")) {
            unit = v.endsWith("K") ? 1L << 10 : v.endsWith("M") ? 1L << 20 : 1L << 30;
            v = v.substring(0, v.length() - 1);
        }
        try {
            long n = Long.parseLong(v);
            if (n <= 0 || n > Long.MAX_VALUE / unit) {
                throw new TypeConversionException("'" + value + "' is not a positive size");
            }
            return n * unit;
        } catch (NumberFormatException e) {
            throw new TypeConversionException("'" + value + "' is not a size (bytes, or a number with K, M or G)");
        }
    }
}
