package org.pyvm.core.objects;

import org.pyvm.spi.LanguageFeature;

/**
 * A range: 3.x {@code range}, 2.7 {@code xrange} (2.7's {@code range} builds a list). Bounds usually fit in a
 * long; a 3.x range with a bound beyond that ({@code range(1 << 1000)}) is {@link #isBig() big}: its bounds are
 * in the BigInteger fields and the long ones are unused.
 */
public final class PyRange extends PyObject {
    public final long start;
    public final long stop;
    public final long step;
    /** The bounds of a big range; null for the usual one. */
    public final java.math.BigInteger bigStart;
    public final java.math.BigInteger bigStop;
    public final java.math.BigInteger bigStep;

    public PyRange(long start, long stop, long step) {
        this.start = start;
        this.stop = stop;
        this.step = step;
        this.bigStart = null;
        this.bigStop = null;
        this.bigStep = null;
    }

    /** A range whose bounds need not fit in a long. */
    public PyRange(java.math.BigInteger start, java.math.BigInteger stop, java.math.BigInteger step) {
        this.start = 0;
        this.stop = 0;
        this.step = 1;
        this.bigStart = start;
        this.bigStop = stop;
        this.bigStep = step;
    }

    public boolean isBig() {
        return bigStart != null;
    }

    /** The number of items of a big range. */
    public java.math.BigInteger bigLength() {
        java.math.BigInteger one = java.math.BigInteger.ONE;
        if (bigStep.signum() > 0) {
            return bigStart.compareTo(bigStop) < 0 ? bigStop.subtract(bigStart).subtract(one).divide(bigStep).add(one)
                    : java.math.BigInteger.ZERO;
        }
        return bigStart.compareTo(bigStop) > 0 ? bigStart.subtract(bigStop).subtract(one).divide(bigStep.negate()).add(one)
                : java.math.BigInteger.ZERO;
    }

    /** The number of items, whatever the range's size. */
    public java.math.BigInteger exactLength() {
        if (isBig()) {
            return bigLength();
        }
        long n = unsignedLength();
        return new java.math.BigInteger(Long.toUnsignedString(n)); // 2**63 or more is a negative long here
    }

    /**
     * The number of items of a range with long bounds, as an unsigned long: range(-2**63, 2**63 - 1) has more than a
     * signed long counts. No allocation: range() and every subscript and len() of a range ask.
     */
    public long unsignedLength() {
        if (step > 0 ? start >= stop : start <= stop) {
            return 0;
        }
        long span = step > 0 ? stop - start - 1 : start - stop - 1; // exact as an unsigned number, whatever overflowed
        return Long.divideUnsigned(span, step > 0 ? step : -step) + 1; // -Long.MIN_VALUE is 2**63 unsigned, as it should be
    }

    /** Whether the range has more items than a Java array holds (its items then are reached by BigInteger arithmetic). */
    public boolean huge() {
        return isBig() || Long.compareUnsigned(unsignedLength(), Integer.MAX_VALUE) > 0;
    }

    /** Item {@code i} of a big range. */
    public java.math.BigInteger bigGet(java.math.BigInteger i) {
        if (!isBig()) {
            return java.math.BigInteger.valueOf(start).add(i.multiply(java.math.BigInteger.valueOf(step)));
        }
        return bigStart.add(i.multiply(bigStep));
    }

    /** The number of items of a range with long bounds that is not {@link #huge()}. */
    public long length() {
        return unsignedLength(); // range(-2**63, 2**63 - 1, 2**63 - 1): a signed span overflowed and counted 1, not 3
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
        if (isBig()) {
            return bigStep.equals(java.math.BigInteger.ONE) ? "range(" + bigStart + ", " + bigStop + ")"
                    : "range(" + bigStart + ", " + bigStop + ", " + bigStep + ")";
        }
        return step == 1 ? "range(" + start + ", " + stop + ")" : "range(" + start + ", " + stop + ", " + step + ")";
    }

    @Override
    public boolean eq(PyObject other, Language lang) {
        if (!(other instanceof PyRange r) || level(lang).has(LanguageFeature.STR_IS_BYTES) && other != this) {
            return false; // 2.7's xrange compares by identity
        }
        if (isBig() || r.isBig()) {
            PyRange a = isBig() ? this : widen(this);
            PyRange b = r.isBig() ? r : widen(r);
            java.math.BigInteger n = a.bigLength();
            return n.equals(b.bigLength()) && (n.signum() == 0 || a.bigStart.equals(b.bigStart)
                    && (n.equals(java.math.BigInteger.ONE) || a.bigStep.equals(b.bigStep)));
        }
        long n = length();
        if (n != r.length()) {
            return false;
        }
        return n == 0 || (start == r.start && (n == 1 || step == r.step));
    }

    /**
     * 3.x range_hash: equal ranges hash alike, as the tuple (length, start, step) with start and step None where
     * they do not matter (an empty range, a range of one item). 2.7's xrange hashes by identity.
     */
    @Override
    public long hash(Language lang) {
        if (level(lang).has(LanguageFeature.STR_IS_BYTES)) {
            return super.hash(lang);
        }
        java.math.BigInteger n = exactLength();
        PyObject length = PyInt.of(n);
        PyObject first = n.signum() == 0 ? PyNone.NONE : isBig() ? PyInt.of(bigStart) : PyInt.of(start);
        PyObject stride = n.signum() == 0 || n.equals(java.math.BigInteger.ONE) ? PyNone.NONE : isBig() ? PyInt.of(bigStep) : PyInt.of(step);
        return PyTuple.of(length, first, stride).hash(lang);
    }

    private static PyRange widen(PyRange r) {
        return new PyRange(java.math.BigInteger.valueOf(r.start), java.math.BigInteger.valueOf(r.stop), java.math.BigInteger.valueOf(r.step));
    }
}
