package org.pyvm.core.objects;

import org.pyvm.spi.LanguageFeature;

/** A range: 3.x {@code range}, 2.7 {@code xrange} (2.7's {@code range} builds a list). Bounds fit in a long. */
public final class PyRange extends PyObject {
    public final long start;
    public final long stop;
    public final long step;

    public PyRange(long start, long stop, long step) {
        this.start = start;
        this.stop = stop;
        this.step = step;
    }

    public long length() {
        if (step > 0) {
            return start < stop ? (stop - start - 1) / step + 1 : 0;
        }
        return start > stop ? (start - stop - 1) / -step + 1 : 0;
    }

    public long get(long i) {
        return start + i * step;
    }

    @Override
    public String typeName(Language lang) {
        return level(lang).has(LanguageFeature.STR_IS_BYTES) ? "xrange" : "range";
    }

    @Override
    public String repr(Language lang) {
        if (level(lang).has(LanguageFeature.STR_IS_BYTES)) {
            // 2.7 shows the normalised stop: xrange(0, 10, 3) prints as xrange(0, 12, 3)
            long end = start + length() * step;
            if (start == 0 && step == 1) {
                return "xrange(" + end + ")";
            }
            return step == 1 ? "xrange(" + start + ", " + end + ")" : "xrange(" + start + ", " + end + ", " + step + ")";
        }
        return step == 1 ? "range(" + start + ", " + stop + ")" : "range(" + start + ", " + stop + ", " + step + ")";
    }

    @Override
    public boolean eq(PyObject other, Language lang) {
        if (!(other instanceof PyRange r)) {
            return false;
        }
        long n = length();
        if (n != r.length()) {
            return false;
        }
        return n == 0 || (start == r.start && (n == 1 || step == r.step));
    }
}
