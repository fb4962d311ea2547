package org.pyvm.conformance.verify;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.pyvm.core.code.CodeObject;
import org.pyvm.core.code.DecodedCode;
import org.pyvm.core.objects.PyObject;

/** Decodes, and so verifies, a code object and every code object nested in its constants. */
public final class Verified {
    private Verified() {
    }

    /**
     * Verifies {@code co} and its nested code objects, counting into {@code c[1]} the code objects
     * and into {@code c[2]} those whose deepest verified path is exactly co_stacksize.
     */
    public static void walk(CodeObject co, int[] c) {
        DecodedCode d = co.decoded();
        c[1]++;
        assertTrue(d.verifiedDepth >= 0 && d.verifiedDepth <= co.stacksize, co.name + ": verified depth " + d.verifiedDepth);
        if (d.verifiedDepth == co.stacksize) {
            c[2]++;
        }
        for (PyObject k : co.consts) {
            if (k instanceof CodeObject nested) {
                walk(nested, c);
            }
        }
    }
}
