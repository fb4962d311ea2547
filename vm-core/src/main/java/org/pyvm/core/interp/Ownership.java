package org.pyvm.core.interp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.pyvm.core.code.CodeObject;
import org.pyvm.core.code.DecodedCode;
import org.pyvm.core.objects.PyDict;
import org.pyvm.core.objects.PyError;
import org.pyvm.core.objects.PyObject;
import org.pyvm.spi.ArgKind;
import org.pyvm.spi.NeutralOp;

/**
 * When the one reference to a generator goes, CPython's reference count closes it at once: {@code g = gen();
 * next(g); del g} runs the generator's {@code finally} right at the {@code del}. pyvm has no reference counts, so
 * it closes a generator at such a moment only where it can tell for certain that the name let go of was the only
 * reference. That holds for a generator that is
 * <ul>
 * <li>fresh: made by a call in this frame and stored by the very next instruction (nothing else saw it), into a
 * function's local variable or a name of the main module;</li>
 * <li>only ever read back by {@code next(name)} (checked on the bytecode: every load of that local, or of that
 * global in every code object of the module, sits between a load of {@code next} and a call with one argument,
 * and {@code next} is the builtin when the name lets go), which does not keep it;</li>
 * <li>never exposed otherwise: {@code locals()}, {@code globals()}, {@code vars()}, a frame object, a function's
 * {@code __globals__}, the main module's attributes, {@code exec}/{@code eval}, an exception passing through the
 * frame (its traceback keeps the frame and so the locals), or compiled code running the frame each make the
 * generator "escaped", and it is then left to the garbage collector as before (never closed early).</li>
 * </ul>
 * The name lets go at {@code del}, at a new binding ({@code g = None}: the old value goes after the new one is in),
 * at the frame's {@code return} (locals in slot order, as frame_dealloc and _PyFrame_Clear drop them), and for the
 * main module at the program's end ({@link #finishMain}).
 */
final class Ownership {
    private Ownership() {
    }

    /** Per code object: for each local slot, whether every load of it is a {@code next(x)} argument (1) or not (2). */
    private static final class SlotFacts {
        final byte[] slots;

        SlotFacts(int n) {
            slots = new byte[n];
        }
    }

    /** Whether local {@code slot} of {@code f}'s code is only ever loaded as {@code next(x)}'s argument. */
    static boolean slotSafe(Frame f, int slot) {
        return slotSafe(f.dc, slot);
    }

    static boolean slotSafe(DecodedCode dc, int slot) {
        SlotFacts facts = dc.ownership instanceof SlotFacts s ? s : null;
        if (facts == null) {
            facts = new SlotFacts(dc.code.fastSize);
            dc.ownership = facts;
        }
        if (slot >= facts.slots.length) {
            return false;
        }
        if (facts.slots[slot] == 0) {
            boolean safe = true;
            boolean read = false; // a generator never resumed closes without running anything: nothing to own
            for (int i = 0; i < dc.kind.length && safe; i++) {
                if (dc.kind[i] == NeutralOp.LOAD_FAST && dc.arg[i] == slot) {
                    safe = isNextArgument(dc, i);
                    read = true;
                } else if (dc.kind[i] != NeutralOp.STORE_FAST && dc.kind[i] != NeutralOp.DELETE_FAST && dc.def[i].arg() == ArgKind.LOCAL
                        && dc.arg[i] == slot) {
                    safe = false; // any other use of the slot
                }
            }
            facts.slots[slot] = (byte) (safe && read ? 1 : 2);
        }
        return facts.slots[slot] == 1;
    }

    /**
     * Whether some local of {@code dc} may come to own a generator (a call's result stored into a slot read only by
     * next()): the JIT leaves such code to the interpreter, which sees each store, del and return of it.
     */
    static boolean mayOwnSlots(DecodedCode dc) {
        for (int i = 1; i < dc.kind.length; i++) {
            if (dc.kind[i] == NeutralOp.STORE_FAST && Interpreter.CALLS.contains(dc.kind[i - 1]) && slotSafe(dc, dc.arg[i])) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a name of module code {@code dc} may come to own a generator (a call's result stored into a name read
     * only by next()): the JIT leaves such code to the interpreter, as {@link #mayOwnSlots} a function's.
     */
    static boolean mayOwnNames(DecodedCode dc) {
        for (int i = 1; i < dc.kind.length; i++) {
            boolean store = dc.kind[i] == NeutralOp.STORE_NAME || dc.kind[i] == NeutralOp.STORE_GLOBAL; // global g in a function
            if (store && Interpreter.CALLS.contains(dc.kind[i - 1]) && nameSafe(dc.code, nameOf(dc, i))
                    && loaded(dc.code, nameOf(dc, i))) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code code} or the code nested in it loads global {@code name} (a generator never resumed has nothing to close). */
    private static boolean loaded(CodeObject code, String name) {
        DecodedCode dc = code.decoded();
        for (int i = 0; i < dc.kind.length; i++) {
            if ((dc.kind[i] == NeutralOp.LOAD_NAME || dc.kind[i] == NeutralOp.LOAD_GLOBAL) && name.equals(nameOf(dc, i))) {
                return true;
            }
        }
        for (PyObject c : code.consts) {
            if (c instanceof CodeObject nested && loaded(nested, name)) {
                return true;
            }
        }
        return false;
    }

    /** Per module code object: for each global name, whether every load of it in the module's code is {@code next(x)}'s argument. */
    private static final class NameFacts {
        final Map<String, Boolean> names = new HashMap<>();
    }


    /** Whether global {@code name} is only ever loaded as {@code next(x)}'s argument in {@code code} and the code nested in it. */
    static boolean nameSafe(CodeObject code, String name) {
        DecodedCode dc = code.decoded();
        NameFacts facts = dc.ownership instanceof NameFacts n ? n : null;
        if (facts == null) {
            facts = new NameFacts();
            dc.ownership = facts;
        }
        return facts.names.computeIfAbsent(name, n -> loadsOnlyAsNextArgument(code, n));
    }

    private static boolean loadsOnlyAsNextArgument(CodeObject code, String name) {
        DecodedCode dc = code.decoded();
        for (int i = 0; i < dc.kind.length; i++) {
            NeutralOp k = dc.kind[i];
            if ((k == NeutralOp.LOAD_NAME || k == NeutralOp.LOAD_GLOBAL) && name.equals(nameOf(dc, i)) && !isNextArgument(dc, i)) {
                return false;
            }
            if (k != NeutralOp.LOAD_NAME && k != NeutralOp.LOAD_GLOBAL && k != NeutralOp.STORE_NAME && k != NeutralOp.STORE_GLOBAL
                    && k != NeutralOp.DELETE_NAME && k != NeutralOp.DELETE_GLOBAL && k != NeutralOp.LOAD_ATTR && k != NeutralOp.STORE_ATTR
                    && k != NeutralOp.DELETE_ATTR && k != NeutralOp.LOAD_METHOD && k != NeutralOp.IMPORT_NAME && k != NeutralOp.IMPORT_FROM
                    && (dc.def[i].arg() == ArgKind.NAME || dc.def[i].arg() == ArgKind.GLOBAL_NAME) && name.equals(nameOf(dc, i))) {
                return false; // an instruction of another kind reading names (LOAD_CLASSDEREF and the like)
            }
        }
        for (PyObject c : code.consts) {
            if (c instanceof CodeObject nested && !loadsOnlyAsNextArgument(nested, name)) {
                return false;
            }
        }
        return true;
    }

    private static String nameOf(DecodedCode dc, int i) {
        int index = dc.def[i].arg() == ArgKind.GLOBAL_NAME ? dc.arg[i] >> 1 : dc.arg[i];
        String[] names = dc.code.names;
        return index >= 0 && index < names.length ? names[index] : null;
    }

    /** The load at {@code i} is the one argument of a call of {@code next}: a load of the name next before it, a one-argument call after. */
    private static boolean isNextArgument(DecodedCode dc, int i) {
        if (i == 0 || i + 1 >= dc.kind.length) {
            return false;
        }
        NeutralOp before = dc.kind[i - 1];
        if (!(before == NeutralOp.LOAD_GLOBAL || before == NeutralOp.LOAD_NAME) || !"next".equals(nameOf(dc, i - 1))) {
            return false;
        }
        NeutralOp after = dc.kind[i + 1];
        if (after == NeutralOp.CALL_FUNCTION || after == NeutralOp.CALL_FUNCTION_PAIRS) {
            return dc.arg[i + 1] == 1; // 2.7's CALL_FUNCTION (PAIRS): (keywords << 8) | positional
        }
        return after == NeutralOp.PRECALL && dc.arg[i + 1] == 1 && i + 2 < dc.kind.length && dc.kind[i + 2] == NeutralOp.CALL
                && dc.arg[i + 2] == 1;
    }

    /** The instructions that may stand between a call making a generator and the call it is an argument of. */
    private static final java.util.Set<NeutralOp> BETWEEN = java.util.Set.of(NeutralOp.PRECALL, NeutralOp.KW_NAMES,
            NeutralOp.NOP, NeutralOp.EXTENDED_ARG, NeutralOp.LOAD_CONST, NeutralOp.LOAD_FAST, NeutralOp.LOAD_NAME,
            NeutralOp.LOAD_GLOBAL, NeutralOp.LOAD_DEREF);

    /**
     * {@link org.pyvm.core.runtime.Runtime#releaseArgument}: a builtin that keeps nothing of its argument is done with
     * {@code arg} ({@code next(gen())}, {@code any(x for x in g())}). A generator made by a call of the current frame
     * with only plain loads (the call's later arguments) between that call and this one was held by nothing but the
     * argument, which goes now: the generator is closed, as its last reference going closes it in CPython.
     */
    static void releaseArgument(Interpreter in, PyObject arg) {
        Frame f = in.current;
        if (!(arg instanceof PyGenerator g) || g.finished || f == null || g.frame.back != null && g.frame.back != f
                || g.owner != null || g.loopOwned || g.escaped) {
            return;
        }
        DecodedCode dc = f.dc;
        int at = f.compiled ? f.current : f.ip - 1; // this call
        int made = at - 1;
        while (made >= 0 && BETWEEN.contains(dc.kind[made])) {
            made--;
        }
        if (made >= 0 && at < dc.length() && Interpreter.CALLS.contains(dc.kind[at]) && Interpreter.CALLS.contains(dc.kind[made])
                && g.createdAt == made) {
            g.abandon();
        }
    }

    // ---------------------------------------------------------------- taking, letting go, escaping

    /** {@code v}, just stored by instruction {@code i} of {@code f}, is a generator nothing else has seen. */
    static boolean fresh(Frame f, int i, PyObject v) {
        // made by the call right before (not handed back by another call that may have kept it: d.setdefault(k, gen()))
        return v instanceof PyGenerator g && i > 0 && Interpreter.CALLS.contains(f.dc.kind[i - 1]) && g.frame.back == f
                && g.createdAt == i - 1 && !g.resumed
                && g.owner == null && !g.loopOwned && !g.escaped && !f.compiled && !f.exposed;
    }

    static void own(Frame f, PyGenerator g, int slot, PyObject key) {
        g.owner = f;
        g.ownerSlot = slot;
        g.ownerKey = key;
        f.owning++;
    }

    /** The name that held {@code g} let it go: the generator is closed, as its last reference going closes it. */
    static void release(Interpreter in, PyGenerator g) {
        Frame f = g.owner;
        disown(g);
        if (nextRebound(in, f)) {
            g.escaped = true;
            return;
        }
        if (g.running) {
            // next(g)'s own argument still holds it (the name was let go from inside the generator): it goes
            // when that call is over
            g.escaped = true;
            g.closeWhenIdle = true;
            return;
        }
        g.abandon();
    }

    /** Whether {@code next} may not have been the builtin for the calls that read the name (a program's own next). */
    private static boolean nextRebound(Interpreter in, Frame f) {
        PyObject key = in.rt.name("next");
        return f.globals.get(key) != null || in.rt.builtins.get(key) != in.builtinNext;
    }

    private static void disown(PyGenerator g) {
        Frame f = g.owner;
        if (f != null) {
            f.owning--;
            g.owner = null;
            g.ownerKey = null;
        }
    }

    /** {@code g} may now be held anywhere. */
    static void escape(PyGenerator g) {
        disown(g);
        g.escaped = true;
    }

    /** Everything {@code f} owns escapes: its locals or names were exposed to the program. */
    static void escapeAll(Frame f) {
        f.exposed = true;
        if (f.owning == 0) {
            return;
        }
        for (PyGenerator g : owned(f)) {
            disown(g);
            g.escaped = true;
        }
    }

    /** The generators {@code f} owns, in its slots' order, then its names' (in the dict's order). */
    private static List<PyGenerator> owned(Frame f) {
        List<PyGenerator> out = new ArrayList<>();
        for (PyObject v : f.fast) {
            if (v instanceof PyGenerator g && g.owner == f) {
                out.add(g);
            }
        }
        if (f.locals != null) {
            for (PyObject k : f.locals.keys()) {
                if (f.locals.get(k) instanceof PyGenerator g && g.owner == f && g.ownerKey != null && !out.contains(g)) {
                    out.add(g);
                }
            }
        }
        return out;
    }

    /** {@code f} returned: its locals go in slot order, closing each generator they alone held. */
    static void returned(Interpreter in, Frame f) {
        for (int slot = 0; slot < f.fast.length && f.owning > 0; slot++) {
            if (f.fast[slot] instanceof PyGenerator g && g.owner == f && g.ownerSlot == slot) {
                f.fast[slot] = null;
                release(in, g);
            }
        }
    }

    /**
     * The main module is done (its code ran to the end, or an exception or sys.exit left it): at the interpreter's
     * end CPython lets go of the module's names, closing each generator a name alone held. 3.x drops them in the
     * dict's (insertion) order with the other names still bound; 2.7's _PyModule_Clear sets them to None in its
     * dict's (hash) order, the names starting with one underscore first, so a finally sees the names cleared before.
     */
    static void finishMain(Interpreter in, Frame f) {
        if (f == null || f.owning == 0 || f.locals == null) {
            return;
        }
        boolean py2 = in.rt.lang.major() == 2;
        List<PyObject> keys = f.locals.keys();
        List<PyObject> order = new ArrayList<>();
        if (py2) {
            for (PyObject k : keys) {
                String s = org.pyvm.core.runtime.Ops.str(in.rt, k);
                if (s.length() > 1 && s.charAt(0) == '_' && s.charAt(1) != '_') {
                    order.add(k);
                }
            }
        }
        for (PyObject k : keys) {
            if (!order.contains(k) && !org.pyvm.core.runtime.Ops.str(in.rt, k).equals("__builtins__")) {
                order.add(k);
            }
        }
        for (PyObject k : order) {
            if (f.owning == 0) {
                return;
            }
            PyObject v = f.locals.get(k);
            if (py2 && v != null) {
                f.locals.put(k, org.pyvm.core.objects.PyNone.NONE);
            }
            if (v instanceof PyGenerator g && g.owner == f && g.ownerKey != null) {
                try {
                    release(in, g);
                } catch (PyError ignored) {
                    // CPython reports it as "Exception ignored" at shutdown
                }
            }
        }
    }

    /** Whether {@code d} is the globals of a frame that owns generators through its names (the main module's). */
    static boolean ownsThrough(Frame f, PyDict d) {
        return f != null && f.owning > 0 && f.locals == d;
    }
}
