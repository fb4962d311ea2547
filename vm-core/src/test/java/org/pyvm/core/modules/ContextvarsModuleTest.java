package org.pyvm.core.modules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.pyvm.core.objects.Language;
import org.pyvm.core.objects.PyBuiltinFunction;
import org.pyvm.core.objects.PyError;
import org.pyvm.core.objects.PyInt;
import org.pyvm.core.objects.PyModule;
import org.pyvm.core.objects.PyObject;
import org.pyvm.core.runtime.Host;
import org.pyvm.core.runtime.Ops;
import org.pyvm.core.runtime.Runtime;
import org.pyvm.spi.LanguageFeature;

/** _contextvars: the current context per VM, entered and left by Context.run however the call ends. */
class ContextvarsModuleTest {
    private final Runtime rt = new Runtime(new Language("3.11", EnumSet.of(LanguageFeature.BUILTIN_GENERIC_ALIAS)),
            new Host(new ByteArrayOutputStream(), new ByteArrayOutputStream(), new ByteArrayInputStream(new byte[0])));
    private final PyModule m = ContextvarsModule.create(rt);

    private PyObject attr(String name) {
        return m.dict.get(rt.name(name));
    }

    private PyObject var(String name) {
        return Ops.call(rt, attr("ContextVar"), rt.name(name));
    }

    private String message(PyError e) {
        return Ops.str(rt, e.pendingArgs()[0]);
    }

    @Test
    void runLeavesTheContextEvenWhenTheCallRaises() {
        PyObject v = var("v");
        Ops.callMethod(rt, v, "set", PyInt.of(1));
        PyObject ctx = Ops.call(rt, attr("copy_context"));
        PyObject failing = new PyBuiltinFunction("failing", (a, kw) -> {
            Ops.callMethod(rt, v, "set", PyInt.of(2));
            assertEquals("2", Ops.repr(rt, Ops.callMethod(rt, v, "get")));
            throw PyError.raise("ValueError", "boom");
        });
        assertThrows(PyError.class, () -> Ops.callMethod(rt, ctx, "run", failing));
        assertEquals("1", Ops.repr(rt, Ops.callMethod(rt, v, "get"))); // the outer context again, unchanged
        assertEquals("2", Ops.repr(rt, Ops.getitem(rt, ctx, v))); // the change stayed in ctx
        // and ctx is no longer entered, so it can be run again
        assertEquals("2", Ops.repr(rt, Ops.callMethod(rt, ctx, "run", Ops.getattr(rt, v, "get"))));
    }

    @Test
    void aContextCannotBeEnteredTwice() {
        PyObject ctx = Ops.call(rt, attr("Context"));
        PyObject again = new PyBuiltinFunction("again", (a, kw) -> Ops.callMethod(rt, ctx, "run", new PyBuiltinFunction("x", (b, k) -> b[0])));
        PyError e = assertThrows(PyError.class, () -> Ops.callMethod(rt, ctx, "run", again));
        assertTrue(message(e).startsWith("cannot enter context: <_contextvars.Context object at 0x"), message(e));
        assertTrue(message(e).endsWith("> is already entered"), message(e));
    }

    @Test
    void tokensResetOnceAndOnlyTheirOwnVariable() {
        PyObject v = var("v");
        PyObject w = var("w");
        PyObject token = Ops.callMethod(rt, v, "set", PyInt.of(5));
        assertSame(Ops.getattr(rt, attr("Token"), "MISSING"), Ops.getattr(rt, token, "old_value"));
        PyError other = assertThrows(PyError.class, () -> Ops.callMethod(rt, w, "reset", token));
        assertTrue(message(other).endsWith("was created by a different ContextVar"), message(other));
        Ops.callMethod(rt, v, "reset", token);
        PyError lookup = assertThrows(PyError.class, () -> Ops.callMethod(rt, v, "get"));
        assertTrue(lookup.isPending("LookupError"), lookup.getMessage());
        PyError used = assertThrows(PyError.class, () -> Ops.callMethod(rt, v, "reset", token));
        assertTrue(message(used).startsWith("<Token used var=<ContextVar name='v' at 0x"), message(used));
        assertEquals("_contextvars.ContextVar[int]", Ops.repr(rt, Ops.getitem(rt, attr("ContextVar"), rt.types.int_)));
    }
}
