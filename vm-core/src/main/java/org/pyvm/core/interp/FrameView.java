package org.pyvm.core.interp;

import org.pyvm.core.code.CodeObject;
import org.pyvm.core.objects.PyObject;

/**
 * A read-only look at a running frame for a {@link Tracer}: its code, data stack and block
 * stack. Nothing here changes the frame or runs Python code.
 */
public interface FrameView {
    /** Block kinds as {@link #blockStack()} reports them, named like CPython's block opcodes. */
    String[] BLOCK_KIND_NAMES = {"?", "SETUP_LOOP", "SETUP_EXCEPT", "SETUP_FINALLY", "EXCEPT_HANDLER", "SETUP_WITH"};

    CodeObject code();

    /** Number of values on the data stack. */
    int stackSize();

    /** The value at {@code k} from the bottom of the data stack (0 is the bottom); null for 3.11's NULL. */
    PyObject stackItem(int k);

    /**
     * A copy of the 2.7/3.6 block stack, bottom first, as triples: kind (an index into
     * {@link #BLOCK_KIND_NAMES}), handler instruction index (-1 for none), data-stack level.
     * Empty for 3.11 code, whose handlers are in the exception table.
     */
    int[] blockStack();
}
