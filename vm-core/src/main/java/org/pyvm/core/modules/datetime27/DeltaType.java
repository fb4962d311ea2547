package org.pyvm.core.modules.datetime27;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.pyvm.core.objects.PyError;
import org.pyvm.core.objects.PyFloat;
import org.pyvm.core.objects.PyInt;
import org.pyvm.core.objects.PyNotImplemented;
import org.pyvm.core.objects.PyObject;
import org.pyvm.core.objects.PyTuple;
import org.pyvm.core.objects.PyType;
import org.pyvm.core.runtime.Ops;

/** 2.7's {@code datetime.timedelta}. */
final class DeltaType {
    private static final String[] NAMES = {"days", "seconds", "microseconds", "milliseconds", "minutes", "hours", "weeks"};
    /** The order 2.7 adds the components in, and each one's factor in microseconds. */
    private static final int[] ORDER = {2, 3, 1, 4, 5, 0, 6};
    private static final long[] FACTOR = {86_400_000_000L, 1_000_000L, 1L, 1000L, 60_000_000L, 3_600_000_000L, 604_800_000_000L};

    private DeltaType() {
    }

    static void install(DatetimeModule m) {
        PyType t = m.deltaType;
        m.constructor(t, (type, a, kw) -> {
            PyObject[] v = Args.parse("__new__", NAMES, 0, a, kw);
            BigInteger sum = BigInteger.ZERO;
            double leftover = 0;
            for (int i : ORDER) {
                PyObject x = v[i];
                if (x == null) {
                    continue;
                }
                BigInteger factor = BigInteger.valueOf(FACTOR[i]);
                BigInteger n = Args.integer(x);
                if (n != null) {
                    sum = sum.add(n.multiply(factor));
                } else if (x instanceof PyFloat f) {
                    double d = f.value;
                    if (Double.isNaN(d) || Double.isInfinite(d)) {
                        throw PyError.raise(Double.isNaN(d) ? "ValueError" : "OverflowError",
                                Double.isNaN(d) ? "cannot convert float NaN to integer" : "cannot convert float infinity to integer");
                    }
                    double whole = d < 0 ? Math.ceil(d) : Math.floor(d);
                    double frac = d - whole;
                    sum = sum.add(new BigDecimal(whole).toBigInteger().multiply(factor));
                    if (frac != 0) {
                        double scaled = FACTOR[i] * frac;
                        double w2 = scaled < 0 ? Math.ceil(scaled) : Math.floor(scaled);
                        sum = sum.add(new BigDecimal(w2).toBigInteger());
                        leftover += scaled - w2;
                    }
                } else {
                    throw PyError.raise("TypeError", "unsupported type for timedelta " + NAMES[i] + " component: " + Ops.typeName(m.rt, x));
                }
            }
            if (leftover != 0) {
                sum = sum.add(BigInteger.valueOf((long) (leftover < 0 ? Math.ceil(leftover - 0.5) : Math.floor(leftover + 0.5))));
            }
            Values.Delta d = m.delta(type, sum);
            return d;
        });
        t.dict.put("min", m.delta(BigInteger.valueOf(-999_999_999L).multiply(Values.US_PER_DAY)));
        t.dict.put("max", m.delta(BigInteger.valueOf(1_000_000_000L).multiply(Values.US_PER_DAY).subtract(BigInteger.ONE)));
        t.dict.put("resolution", m.delta(BigInteger.ONE));
        m.<Values.Delta>member(t, "days", d -> PyInt.of(d.days));
        m.<Values.Delta>member(t, "seconds", d -> PyInt.of(d.seconds));
        m.<Values.Delta>member(t, "microseconds", d -> PyInt.of(d.us));
        m.method(t, "__repr__", Values.Delta.class, (d, a, kw) -> m.text(repr(m, d)));
        m.method(t, "__str__", Values.Delta.class, (d, a, kw) -> m.text(str(d)));
        m.method(t, "__nonzero__", Values.Delta.class, (d, a, kw) -> DatetimeModule.bool(d.days != 0 || d.seconds != 0 || d.us != 0));
        m.method(t, "total_seconds", Values.Delta.class, (d, a, kw) -> {
            Args.none("total_seconds", a, kw);
            return PyFloat.of(new BigDecimal(d.total()).divide(BigDecimal.valueOf(1_000_000L)).doubleValue());
        });
        m.method(t, "__reduce__", Values.Delta.class, (d, a, kw) -> PyTuple.of(d.type(),
                PyTuple.of(PyInt.of(d.days), PyInt.of(d.seconds), PyInt.of(d.us))));
        m.method(t, "__neg__", Values.Delta.class, (d, a, kw) -> m.delta(d.total().negate()));
        m.method(t, "__pos__", Values.Delta.class, (d, a, kw) -> m.delta(d.total()));
        m.method(t, "__abs__", Values.Delta.class, (d, a, kw) -> m.delta(d.total().abs()));
        m.method(t, "__add__", Values.Delta.class, (d, a, kw) -> a[0] instanceof Values.Delta o ? m.delta(d.total().add(o.total()))
                : PyNotImplemented.NOT_IMPLEMENTED);
        m.method(t, "__radd__", Values.Delta.class, (d, a, kw) -> a[0] instanceof Values.Delta o ? m.delta(o.total().add(d.total()))
                : PyNotImplemented.NOT_IMPLEMENTED);
        m.method(t, "__sub__", Values.Delta.class, (d, a, kw) -> a[0] instanceof Values.Delta o ? m.delta(d.total().subtract(o.total()))
                : PyNotImplemented.NOT_IMPLEMENTED);
        m.method(t, "__rsub__", Values.Delta.class, (d, a, kw) -> a[0] instanceof Values.Delta o ? m.delta(o.total().subtract(d.total()))
                : PyNotImplemented.NOT_IMPLEMENTED);
        for (String name : new String[] {"__mul__", "__rmul__"}) {
            m.method(t, name, Values.Delta.class, (d, a, kw) -> {
                BigInteger n = Args.integer(a[0]);
                return n == null ? PyNotImplemented.NOT_IMPLEMENTED : m.delta(d.total().multiply(n));
            });
        }
        for (String name : new String[] {"__div__", "__floordiv__"}) {
            m.method(t, name, Values.Delta.class, (d, a, kw) -> {
                BigInteger n = Args.integer(a[0]);
                if (n == null) {
                    return PyNotImplemented.NOT_IMPLEMENTED;
                }
                if (n.signum() == 0) {
                    throw PyError.raise("ZeroDivisionError", "integer division or modulo by zero");
                }
                BigInteger[] qr = d.total().divideAndRemainder(n);
                BigInteger q = qr[0];
                if (qr[1].signum() != 0 && qr[1].signum() != n.signum()) {
                    q = q.subtract(BigInteger.ONE);
                }
                return m.delta(q);
            });
        }
        for (String op : DatetimeModule.COMPARISONS) {
            m.method(t, op, Values.Delta.class, (d, a, kw) -> {
                if (a[0] instanceof Values.Delta o) {
                    return DatetimeModule.compared(op, d.total().compareTo(o.total()));
                }
                if (op.equals("__eq__") || op.equals("__ne__")) {
                    return DatetimeModule.bool(op.equals("__ne__"));
                }
                throw m.cmpError(d, a[0]);
            });
        }
        t.dict.put("__hash__", new org.pyvm.core.objects.PyMethodDescriptor("__hash__", t, (o, a, kw) -> PyInt.of(o.hash(m.rt.lang))));
    }

    static String repr(DatetimeModule m, Values.Delta d) {
        String name = m.typeName(d);
        if (d.us != 0) {
            return name + "(" + d.days + ", " + d.seconds + ", " + d.us + ")";
        }
        if (d.seconds != 0) {
            return name + "(" + d.days + ", " + d.seconds + ")";
        }
        return name + "(" + d.days + ")";
    }

    static String str(Values.Delta d) {
        int mm = d.seconds / 60;
        String s = String.format("%d:%02d:%02d", mm / 60, mm % 60, d.seconds % 60);
        if (d.days != 0) {
            s = d.days + " day" + (Math.abs(d.days) != 1 ? "s" : "") + ", " + s;
        }
        if (d.us != 0) {
            s += String.format(".%06d", d.us);
        }
        return s;
    }
}
