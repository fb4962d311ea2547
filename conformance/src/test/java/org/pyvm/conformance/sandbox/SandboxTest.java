package org.pyvm.conformance.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.pyvm.core.interp.Vm;
import org.pyvm.core.limits.Limits;
import org.pyvm.core.packs.PackRegistry;
import org.pyvm.core.pyc.PycFile;
import org.pyvm.core.runtime.Host;
import org.pyvm.core.sandbox.Sandbox;

/** {@code --sandbox}: what a program may reach outside the VM, refused as PermissionError naming the policy. */
class SandboxTest {
    private static final PackRegistry PACKS = PackRegistry.discover();
    private static final Path DIR = Path.of("src", "test", "resources", "sandbox");
    private static final Sandbox ONLY_ITS_FOLDER = Sandbox.readingOnly(List.of(DIR));

    private record Outcome(int status, String out, String err) {
    }

    private static Outcome run(String pyc, Sandbox sandbox) {
        Path file = DIR.resolve(pyc);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Vm.run(PycFile.read(file, PACKS).module(), List.of(file.toString()),
                new Host(out, err, new ByteArrayInputStream(new byte[0])), file.toAbsolutePath().getParent(), Limits.none(), sandbox);
        return new Outcome(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void compilingSourceTextStartsNoProcess() {
        String denied = "denied: [pyvm --sandbox] compiling source text with the local CPython starts a process, which is not allowed\n";
        assertEquals(new Outcome(0, denied, ""), run("eval_denied_3.11.pyc", ONLY_ITS_FOLDER));
        // 2.7 has no PermissionError: the same refusal is an OSError
        assertEquals(new Outcome(0, denied, ""), run("eval_denied_2.7.pyc", ONLY_ITS_FOLDER));
    }

    @Test
    void aTracebackQuotesNoFileOutsideTheAllowedFolders() {
        // peek_3.11.pyc names ../secret/secret.txt as its source file; its traceback would quote line 2
        Outcome open = run("peek_3.11.pyc", Sandbox.off());
        assertEquals(1, open.status());
        assertTrue(open.err().contains("the secret is 42"), open.err());
        Outcome sandboxed = run("peek_3.11.pyc", ONLY_ITS_FOLDER);
        assertEquals(1, sandboxed.status());
        assertTrue(sandboxed.err().endsWith("ValueError: peek\n"), sandboxed.err());
        assertFalse(sandboxed.err().contains("secret is"), sandboxed.err());
        // reading is allowed where the policy says so
        Outcome allowed = run("peek_3.11.pyc", Sandbox.readingOnly(List.of(DIR, DIR.resolve("../secret"))));
        assertTrue(allowed.err().contains("the secret is 42"), allowed.err());
    }

    @Test
    void thePolicyRefusesWritesAndTheEnvironmentByName() {
        org.pyvm.core.objects.PyError e = org.junit.jupiter.api.Assertions.assertThrows(org.pyvm.core.objects.PyError.class,
                () -> ONLY_ITS_FOLDER.checkWrite(DIR.resolve("out.txt")));
        assertEquals("PermissionError", e.pendingTypeName());
        org.junit.jupiter.api.Assertions.assertThrows(org.pyvm.core.objects.PyError.class, () -> ONLY_ITS_FOLDER.checkEnvironment("HOME"));
        org.junit.jupiter.api.Assertions.assertThrows(org.pyvm.core.objects.PyError.class, () -> ONLY_ITS_FOLDER.checkRead(Path.of("/etc/passwd")));
        ONLY_ITS_FOLDER.checkRead(DIR.resolve("peek.py"));
        Sandbox.off().checkWrite(DIR.resolve("out.txt"));
        Sandbox.off().checkEnvironment("HOME");
    }
}
