package org.pyvm.core.interp;

import org.pyvm.core.code.Comparison;
import org.pyvm.core.code.Operator;
import org.pyvm.core.objects.PyBool;
import org.pyvm.core.objects.PyBuiltinFunction;
import org.pyvm.core.objects.PyDict;
import org.pyvm.core.objects.PyError;
import org.pyvm.core.objects.PyInstance;
import org.pyvm.core.objects.PyList;
import org.pyvm.core.objects.PyMethodDescriptor;
import org.pyvm.core.objects.PyNone;
import org.pyvm.core.objects.PyObject;
import org.pyvm.core.objects.PyTuple;
import org.pyvm.core.runtime.Ops;
import org.pyvm.spi.NeutralOp;

/**
 * What compiled code ({@link JitCompiler}) calls: one small static method per operation, each doing what the
 * interpreter's case for it does, on values instead of the frame's stack. Small, so the JVM inlines them into
 * the compiled method; the operations that work on the frame's stack get their operands spilled there first.
 */
final class JitOps {
    private JitOps() {
    }

    private static final PyObject[] NO_ARGS = new PyObject[0];

    static PyObject local(Interpreter in, Frame f, PyObject v, int a, int i) {
        if (v == null) {
            f.current = i;
            throw in.unboundLocal(f, a);
        }
        return v;
    }

    /** POP_TOP: a for loop's own generator let go is closed (see {@link Frame#discard}). */
    static void discard(Frame f, PyObject v) {
        if (f.ownedGenerators > 0) {
            f.discard(v);
        }
    }

    static PyObject binary(Interpreter in, Operator op, PyObject left, PyObject right) {
        PyObject r = IntFastPaths.binary(op, left, right);
        return r != null ? r : Ops.binary(in.rt, op, left, right);
    }

    // ---- one method per operator with a numeric shortcut (NumericFastPaths); the operator itself for the general path

    static PyObject add(Interpreter in, Operator op, PyObject left, PyObject right) {
        PyObject r = NumericFastPaths.add(left, right);
        return r != null ? r : Ops.binary(in.rt, op, left, right);
    }

    static PyObject sub(Interpreter in, Operator op, PyObject left, PyObject right) {
        PyObject r = NumericFastPaths.sub(left, right);
        return r != null ? r : Ops.binary(in.rt, op, left, right);
    }

    static PyObject mul(Interpreter in, Operator op, PyObject left, PyObject right) {
        PyObject r = NumericFastPaths.mul(left, right);
        return r != null ? r : Ops.binary(in.rt, op, left, right);
    }

    static PyObject trueDivide(Interpreter in, Operator op, PyObject left, PyObject right) {
        PyObject r = NumericFastPaths.trueDivide(left, right);
        return r != null ? r : Ops.binary(in.rt, op, left, right);
    }

    static PyObject classicDivide(Interpreter in, Operator op, PyObject left, PyObject right) {
        PyObject r = NumericFastPaths.classicDivide(left, right);
        return r != null ? r : Ops.binary(in.rt, op, left, right);
    }

    static PyObject floorDivide(Interpreter in, Operator op, PyObject left, PyObject right) {
        PyObject r = NumericFastPaths.floorDivide(left, right);
        return r != null ? r : Ops.binary(in.rt, op, left, right);
    }

    static PyObject remainder(Interpreter in, Operator op, PyObject left, PyObject right) {
        PyObject r = NumericFastPaths.remainder(left, right);
        return r != null ? r : Ops.binary(in.rt, op, left, right);
    }

    /** At the recursion limit a comparison may raise before it compares ({@link Interpreter#comparisonAtLimit}): no shortcut there. */
    private static boolean belowLimit(Interpreter in) {
        return in.rt.depth() < in.rt.recursionLimit();
    }

    static PyObject lt(Interpreter in, Comparison c, PyObject left, PyObject right) {
        PyObject r = belowLimit(in) ? NumericFastPaths.lt(left, right) : null;
        return r != null ? r : compare(in, c, left, right);
    }

    static PyObject le(Interpreter in, Comparison c, PyObject left, PyObject right) {
        PyObject r = belowLimit(in) ? NumericFastPaths.le(left, right) : null;
        return r != null ? r : compare(in, c, left, right);
    }

    static PyObject gt(Interpreter in, Comparison c, PyObject left, PyObject right) {
        PyObject r = belowLimit(in) ? NumericFastPaths.gt(left, right) : null;
        return r != null ? r : compare(in, c, left, right);
    }

    static PyObject ge(Interpreter in, Comparison c, PyObject left, PyObject right) {
        PyObject r = belowLimit(in) ? NumericFastPaths.ge(left, right) : null;
        return r != null ? r : compare(in, c, left, right);
    }

    static PyObject eq(Interpreter in, Comparison c, PyObject left, PyObject right) {
        PyObject r = belowLimit(in) ? NumericFastPaths.eq(left, right) : null;
        return r != null ? r : compare(in, c, left, right);
    }

    static PyObject ne(Interpreter in, Comparison c, PyObject left, PyObject right) {
        PyObject r = belowLimit(in) ? NumericFastPaths.ne(left, right) : null;
        return r != null ? r : compare(in, c, left, right);
    }

    static PyObject compare(Interpreter in, Comparison c, PyObject left, PyObject right) {
        if (c.ordinal() <= 5 && in.rt.depth() >= in.rt.recursionLimit()) {
            in.comparisonAtLimit(left, right);
        }
        PyObject r = IntFastPaths.compare(c, left, right);
        return r != null ? r : Ops.compare(in.rt, c, left, right);
    }

    static PyObject is(PyObject left, PyObject right, int negate) {
        return PyBool.of(Ops.same(left, right) != (negate == 1));
    }

    static PyObject contains(Interpreter in, PyObject item, PyObject container, int negate) {
        return PyBool.of(Ops.contains(in.rt, container, item) != (negate == 1));
    }

    static PyObject unary(Interpreter in, Operator op, PyObject v) {
        return Ops.unary(in.rt, op, v);
    }

    static PyObject getitem(Interpreter in, PyObject container, PyObject key) {
        PyObject v = SubscriptFastPaths.getitem(container, key);
        return v != null ? v : Ops.getitem(in.rt, container, key);
    }

    /**
     * BINARY_SUBSCR inside a try statement: {@code container[key]}, or, when an exact dict lacks the key or an exact
     * list or tuple the index, null with the KeyError or IndexError left in the interpreter ({@link
     * Interpreter#takeRaised}) for the compiled code to throw to its handler in the same method. Thrown here, the
     * JVM unwound each runtime frame between the subscript and the handler, searching its tables: exceptions.py's
     * lookups() spent more time so than in its own code. Any other failing subscript throws as {@link #getitem}.
     */
    static PyObject getitemInTry(Interpreter in, PyObject container, PyObject key) {
        Class<?> c = container.getClass();
        if (c == PyDict.class) {
            PyObject v = ((PyDict) container).get(key);
            return v != null ? v : in.raisedAsNull(PyError.raiseArgs("KeyError", key));
        }
        PyObject v = SubscriptFastPaths.item(container, key); // not getitem: the dict's lookup inlined twice over
        if (v != null) {
            return v;
        }
        if ((c == PyList.class || c == PyTuple.class) && NumericFastPaths.plainInt(key)) {
            // the word-sized index SubscriptFastPaths took is out of range: what Sequences.getitem raises then
            return in.raisedAsNull(org.pyvm.core.runtime.Sequences.outOfRange(c == PyList.class ? "list" : "tuple"));
        }
        return Ops.getitem(in.rt, container, key);
    }

    /** An error leaving compiled code by its return: null, the error left for {@link Interpreter#execute} (and kin) to take. */
    static PyObject returnRaised(Interpreter in, PyError e) {
        return in.raisedAsNull(e);
    }

    /** The error an operation left in the interpreter when it returned null ({@link Interpreter#takeRaised}). */
    static PyError raised(Interpreter in) {
        PyError e = in.takeRaised();
        // a null result with no error left: a builtin's bug, reported as CPython reports a C function's
        return e != null ? e : PyError.raise("SystemError", "error return without exception set");
    }

    static void setitem(Interpreter in, PyObject value, PyObject container, PyObject key) {
        if (!SubscriptFastPaths.setitem(container, key, value)) {
            Ops.setitem(in.rt, container, key, value);
        }
    }

    static PyObject loadAttr(Interpreter in, Frame f, int i, PyObject owner, String name) {
        return InstanceAttributes.loadAttribute(in.rt, in.inlineCache(f), i, owner, name);
    }

    /**
     * LOAD_ATTR inside a try statement: {@code owner.name}, or, when it has no such attribute, null with the
     * AttributeError left for the compiled code to raise (as {@link #getitemInTry} leaves its errors).
     */
    static PyObject loadAttrInTry(Interpreter in, Frame f, int i, PyObject owner, String name) {
        PyObject v = InstanceAttributes.loadAttributeOrNull(in.rt, in.inlineCache(f), i, owner, name);
        return v != null ? v : in.raisedAsNull(Ops.noAttribute(in.rt, owner, name));
    }

    static void storeAttr(Interpreter in, Frame f, int i, PyObject value, PyObject owner, String name) {
        PyInstance inst = InstanceAttributes.plainInstance(owner);
        if (inst == null || !InstanceAttributes.store(in.rt, in.inlineCache(f), i, inst, name, value)) {
            Ops.setattr(in.rt, owner, name, value);
        }
    }

    static PyObject global(Interpreter in, Frame f, int i, int index) {
        return in.globalValue(f, i, index);
    }

    /** A module body's LOAD_NAME: its dict, the globals (the same dict for the main module's), the builtins. */
    static PyObject loadName(Interpreter in, Frame f, int a) {
        return in.loadName(f, a);
    }

    static void storeName(Interpreter in, Frame f, int a, PyObject v) {
        in.storeName(f, f.code.nameKeys()[a], v);
    }

    static void deleteName(Interpreter in, Frame f, int a) {
        in.deleteName(f, a);
    }

    static PyObject loadDeref(Interpreter in, Frame f, int a) {
        PyObject v = Interpreter.cell(f, a).value;
        if (v == null) {
            throw in.unboundDeref(f, a);
        }
        return v;
    }

    static void storeDeref(Frame f, PyObject v, int a) {
        Interpreter.cell(f, a).value = v;
    }

    static PyObject getIter(Interpreter in, Frame f, PyObject v, boolean afterCall) {
        PyObject it = Ops.iter(in.rt, v);
        if (it instanceof PyGenerator g) {
            f.adoptIfFresh(g, afterCall);
        }
        return it;
    }

    /** FOR_ITER on anything but a builtin iterator (a generator, a program's iterator): the next value, or null when done. */
    static PyObject next(PyObject it, Interpreter in) {
        return Ops.next(in.rt, it);
    }

    static boolean truth(Interpreter in, PyObject v) {
        return in.truth(v);
    }

    static boolean isNone(PyObject v) {
        return v == PyNone.NONE;
    }

    /** A loop's turn: the step budget and the clock, as the interpreter's backward jumps count them. */
    static void backEdge(Interpreter in) {
        in.rt.limits().step();
    }

    static void kwNames(Frame f, PyObject names) {
        f.kwnames = Calls.names((PyTuple) names);
    }

    // ---- 3.11 exception handlers: compiled code catches the PyError in the handler's range

    /** The exception object a handler gets (see {@link Interpreter#caught}). */
    static PyObject caught(Interpreter in, Frame f, org.pyvm.core.objects.PyError e) {
        return in.caught(f, e);
    }

    /**
     * 2.7/3.6: exception {@code e} reaches a try block whose except clauses are compiled, their code at
     * {@code handler}: its traceback entry made, sys.exc_info() set, and the values the clauses start with.
     */
    static PyObject[] enterExcept(Interpreter in, Frame f, org.pyvm.core.objects.PyError e, int handler) {
        return in.handlerEntry(f, Frame.EXCEPT, handler, in.caught(f, e));
    }

    static PyObject lasti(Interpreter in, Frame f) {
        return in.lastiOf(f);
    }

    /**
     * Values above the handler's depth are let go, as the interpreter's handler search drops them (closing a for
     * loop's own generator); compiled code spilled all its value-stack slots to f.stack() first.
     */
    static void unwindOwned(Frame f, int[] depth, int level) {
        f.sp = Math.max(level, depth[f.current]);
        f.dropTo(level);
        unspill(f, f.stack().length);
    }

    // ---- generators

    /** 3.11 RETURN_GENERATOR: the generator of this frame, which goes on at the next instruction when resumed. */
    static PyObject returnGenerator(Interpreter in, Frame f, int i) {
        f.ip = i + 1;
        f.sp = 0;
        return new PyGenerator(in, f, true);
    }

    /** YIELD_VALUE: the stack under the value is in f.stack() (spilled); the frame is suspended after instruction {@code i}. */
    static void yielded(Frame f, int i) {
        f.ip = i + 1;
        f.yielded = true;
    }

    static RuntimeException pendingThrow(Frame f) {
        org.pyvm.core.objects.PyError e = f.pendingThrow;
        f.pendingThrow = null;
        return e;
    }

    // ---- operations on the frame's stack: compiled code put their operands at f.stack()[0 .. f.sp)

    static PyObject call311(Interpreter in, Frame f, int argc) {
        return called(in, f, Calls.call311(in, f, argc));
    }

    static PyObject callFunction(Interpreter in, Frame f, int argc) {
        return called(in, f, Calls.callFunction(in, f, argc, null));
    }

    static PyObject callFunctionKw(Interpreter in, Frame f, int argc) {
        return called(in, f, Calls.callFunction(in, f, argc, Calls.names((PyTuple) f.pop())));
    }

    static PyObject callPairs(Interpreter in, Frame f, int arg, NeutralOp kind) {
        return called(in, f, Calls.callPairs(in, f, arg, kind));
    }

    // ---- calls with their operands as values: a Python function given exactly its positional parameters
    // runs without an argument array; anything else is spilled and goes the general way. {@code first} is
    // 3.11's slot under the callable (NULL, or the method when {@code second} is its self); 2.7 and 3.6
    // calls pass null there, with {@code v311} false.

    static PyObject call0(Interpreter in, Frame f, PyObject first, PyObject second, boolean v311) {
        if (first instanceof PyMethodDescriptor m) {
            return m.invoke(second, NO_ARGS, null); // a builtin type's method found by LOAD_METHOD, as Calls.call311 runs it
        }
        Frame callee = first == null ? in.simpleFrame(second, 0) : in.simpleFrame(first, 1);
        if (callee == null && first == null) {
            callee = in.simpleMethodFrame(second, 0);
        } else if (callee != null && first != null) {
            callee.fast[0] = second;
        }
        if (callee == null) {
            PyObject r = callOther(in, first, second, NO_ARGS);
            if (r != null) {
                return r;
            }
            return slowCall(in, f, first, second, v311, 0);
        }
        return in.runSimpleOrRaised(callee);
    }

    static PyObject call1(Interpreter in, Frame f, PyObject first, PyObject second, PyObject a0, boolean v311) {
        if (first instanceof PyMethodDescriptor m) {
            return m.invoke(second, new PyObject[] {a0}, null);
        }
        Frame callee = first == null ? in.simpleFrame(second, 1) : in.simpleFrame(first, 2);
        int at = first != null ? 1 : 0;
        if (callee == null && first == null) {
            callee = in.simpleMethodFrame(second, 1); // obj.method(...) of 2.7/3.6: the object is already in place
            at = 1;
        }
        if (callee == null) {
            PyObject r = callOther(in, first, second, new PyObject[] {a0});
            if (r != null) {
                return r;
            }
            f.stack()[v311 ? 2 : 1] = a0;
            return slowCall(in, f, first, second, v311, 1);
        }
        PyObject[] fast = callee.fast;
        if (first != null) {
            fast[0] = second;
        }
        fast[at] = a0;
        return in.runSimpleOrRaised(callee);
    }

    static PyObject call2(Interpreter in, Frame f, PyObject first, PyObject second, PyObject a0, PyObject a1, boolean v311) {
        if (first instanceof PyMethodDescriptor m) {
            return m.invoke(second, new PyObject[] {a0, a1}, null);
        }
        Frame callee = first == null ? in.simpleFrame(second, 2) : in.simpleFrame(first, 3);
        int at = first != null ? 1 : 0;
        if (callee == null && first == null) {
            callee = in.simpleMethodFrame(second, 2); // obj.method(...) of 2.7/3.6: the object is already in place
            at = 1;
        }
        if (callee == null) {
            PyObject r = callOther(in, first, second, new PyObject[] {a0, a1});
            if (r != null) {
                return r;
            }
            int spillAt = v311 ? 2 : 1;
            f.stack()[spillAt] = a0;
            f.stack()[spillAt + 1] = a1;
            return slowCall(in, f, first, second, v311, 2);
        }
        PyObject[] fast = callee.fast;
        if (first != null) {
            fast[0] = second;
        }
        fast[at] = a0;
        fast[at + 1] = a1;
        return in.runSimpleOrRaised(callee);
    }

    static PyObject call3(Interpreter in, Frame f, PyObject first, PyObject second, PyObject a0, PyObject a1, PyObject a2, boolean v311) {
        if (first instanceof PyMethodDescriptor m) {
            return m.invoke(second, new PyObject[] {a0, a1, a2}, null);
        }
        Frame callee = first == null ? in.simpleFrame(second, 3) : in.simpleFrame(first, 4);
        int at = first != null ? 1 : 0;
        if (callee == null && first == null) {
            callee = in.simpleMethodFrame(second, 3); // obj.method(...) of 2.7/3.6: the object is already in place
            at = 1;
        }
        if (callee == null) {
            PyObject r = callOther(in, first, second, new PyObject[] {a0, a1, a2});
            if (r != null) {
                return r;
            }
            int spillAt = v311 ? 2 : 1;
            f.stack()[spillAt] = a0;
            f.stack()[spillAt + 1] = a1;
            f.stack()[spillAt + 2] = a2;
            return slowCall(in, f, first, second, v311, 3);
        }
        PyObject[] fast = callee.fast;
        if (first != null) {
            fast[0] = second;
        }
        fast[at] = a0;
        fast[at + 1] = a1;
        fast[at + 2] = a2;
        return in.runSimpleOrRaised(callee);
    }

    /**
     * A callee that is no Python function of this VM, called now as Calls and invoke would come to, without the
     * spill: len(x), a class, a callable object, a builtin's bound method. Null for a Python function (or 3.11's
     * method slot holding one), which goes the general way.
     */
    private static PyObject callOther(Interpreter in, PyObject first, PyObject second, PyObject[] args) {
        if (first != null || second instanceof PyFunction || second instanceof org.pyvm.core.objects.PyBoundMethod) {
            return null;
        }
        return second instanceof PyBuiltinFunction b ? b.call(args, null) : Ops.call(in.rt, second, args, null);
    }

    /** The general call, its arguments already at f.stack[1 or 2 ..]: the callable (and 3.11's slot under it) go under them. */
    private static PyObject slowCall(Interpreter in, Frame f, PyObject first, PyObject second, boolean v311, int argc) {
        if (v311) {
            f.stack()[0] = first;
            f.stack()[1] = second;
            f.sp = argc + 2;
            return call311(in, f, argc);
        }
        f.stack()[0] = second;
        f.sp = argc + 1;
        return callFunction(in, f, argc);
    }

    /**
     * The call's result: the callee's frame (entered, when the call made one) run to its return, or what the call
     * pushed; null when the callee raised, the error left for the compiled code to raise (as {@link #call1}'s).
     */
    private static PyObject called(Interpreter in, Frame f, Frame callee) {
        if (callee != null) {
            return in.finishEntered(callee, true);
        }
        PyObject r = f.stack()[0];
        f.stack()[0] = null;
        f.sp = 0;
        return r;
    }

    /** LOAD_METHOD: the method to call with {@code owner} first, or null and the attribute in {@link #loadedAttribute}. */
    static PyObject methodOf(Interpreter in, Frame f, PyObject owner, int i, String name) {
        return in.methodOf(f, i, owner, name);
    }

    static PyObject loadedAttribute(Interpreter in) {
        return in.takeLoadedAttribute();
    }

    /** RAISE_VARARGS: the error for the compiled code to throw (typed PyError, a final class: C2 then makes a throw to a handler of the same method a jump). */
    static PyError raise(Interpreter in, Frame f, int argc) {
        return in.raise(f, argc);
    }

    /** 2.7's RAISE_VARARGS ({@code raise E, v, tb}): the error for the compiled code to throw, as {@link #raise}. */
    static PyError raise27(Interpreter in, Frame f, int argc) {
        return in.raise27(f, argc);
    }

    // ---- 2.7/3.6 try statements: compiled code hands its frame to the interpreter

    /** One block of the frame's block stack as the interpreter keeps it, rebuilt outermost first. */
    static void block(Frame f, int kind, int handler, int level) {
        f.pushBlock(kind, handler);
        f.blocks[f.bp - 1] = level;
    }

    /** What {@link Interpreter#continueInterpreted} returns when the compiled code goes on at loop head f.ip. */
    static final PyObject RESUME = new org.pyvm.core.objects.Marker("pyvm-resume-marker", "<pyvm-resume-marker>");

    static PyObject continueInterpreted(Interpreter in, Frame f, int i, org.pyvm.core.objects.PyError raised) {
        return in.continueInterpreted(f, i, raised);
    }

    /** BUILD_LIST of stack values the compiled code gathered. */
    static PyObject buildList(PyObject[] items) {
        return org.pyvm.core.objects.PyList.owning(new java.util.ArrayList<>(java.util.Arrays.asList(items)));
    }

    /** LIST_APPEND of a comprehension. */
    static void listAppend(Interpreter in, PyObject list, PyObject v) {
        java.util.List<PyObject> items = ((org.pyvm.core.objects.PyList) list).items();
        items.add(v);
        org.pyvm.core.runtime.Sequences.grew(in.rt, items, items.size());
    }

    /** SET_ADD of a comprehension. */
    static void setAdd(Interpreter in, PyObject set, PyObject v) {
        Ops.hash(in.rt, v);
        ((org.pyvm.core.objects.PySet) set).add(v);
    }

    /** BUILD_SLICE with two or three values. */
    static PyObject slice(PyObject start, PyObject stop) {
        return new org.pyvm.core.objects.PySlice(start, stop, org.pyvm.core.objects.PyNone.NONE);
    }

    static PyObject slice(PyObject start, PyObject stop, PyObject step) {
        return new org.pyvm.core.objects.PySlice(start, stop, step);
    }

    /** MAP_ADD of a dict comprehension. */
    static void mapAdd(Interpreter in, PyObject dict, PyObject key, PyObject value) {
        Ops.setitem(in.rt, dict, key, value);
    }

    /** 2.7's SLICE+n, STORE_SLICE+n and DELETE_SLICE+n ({@code kind} a NeutralOp's ordinal); null but for SLICE. */
    static PyObject oldSlice(Interpreter in, int kind, PyObject container, PyObject lower, PyObject upper, PyObject value) {
        return OldSlices.apply(in.rt, NEUTRAL_OPS[kind], container, lower, upper, value);
    }

    /** NeutralOp.values() once: each call of it copies the array. */
    private static final org.pyvm.spi.NeutralOp[] NEUTRAL_OPS = org.pyvm.spi.NeutralOp.values();

    /** UNPACK_SEQUENCE: the {@code n} items in order (the compiled code puts the first on top). */
    static PyObject[] unpack(Interpreter in, PyObject seq, int n) {
        return Builders.unpacked(in.rt, seq, n);
    }

    /** 3.11 CHECK_EXC_MATCH: whether the exception being handled matches the except clause's class(es). */
    static PyObject checkExcMatch(Interpreter in, PyObject exc, PyObject spec) {
        return org.pyvm.core.objects.PyBool.of(org.pyvm.core.runtime.Exceptions.handlerMatches(in.rt, exc, spec));
    }

    static PyObject pushExcInfo(Interpreter in, PyObject exc) {
        return in.startHandling(exc);
    }

    static void popExcept(Interpreter in, PyObject prev) {
        in.restoreHandling(prev);
    }

    /**
     * 3.11 RERAISE, its operands spilled: the exception, for compiled code to throw where it stands. Thrown inside
     * the interpreter's step it left two more JVM frames to unwind on its way to a handler of the same method.
     */
    static org.pyvm.core.objects.PyError reraise(Interpreter in, Frame f, int i) {
        return in.reraise311(f, f.dc.arg[i]);
    }

    /** Any other operation, run by the interpreter on the frame's stack (all of it spilled there). */
    static void step(Interpreter in, Frame f, int i) {
        in.step(f, i);
    }

    /** After reading back what a spilled operation left: the frame's stack holds nothing again. */
    static void unspill(Frame f, int n) {
        if (n > 0) {
            java.util.Arrays.fill(f.stack(), 0, n, null);
        }
        f.sp = 0;
    }
}
