package org.pyvm.conformance.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.pyvm.conformance.Goldens;
import org.pyvm.core.host.StdlibLocator;
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
        return run(DIR.resolve(pyc), sandbox);
    }

    private static Outcome run(Path file, Sandbox sandbox) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Vm.run(PycFile.read(file, PACKS).module(), List.of(file.toString()),
                new Host(out, err, new ByteArrayInputStream(new byte[0])), file.toAbsolutePath().getParent(), Limits.none(), sandbox);
        return new Outcome(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void theProgramSeesAnEmptyEnvironmentAndMayNotChangeIt() {
        Assumptions.assumeTrue(StdlibLocator.find("3.11").isPresent(), "os.py comes from the local CPython 3.11");
        String denied = "denied: [pyvm --sandbox] access to the environment (PYVM_SANDBOX_TRY) is not allowed\n";
        assertEquals(new Outcome(0, "[] None None\n" + denied + denied, ""), run("environ_denied_3.11.pyc", ONLY_ITS_FOLDER));
        // without the sandbox the program reads the real environment and may set variables (in its own view)
        Outcome open = run("environ_denied_3.11.pyc", Sandbox.off());
        assertEquals(0, open.status());
        assertFalse(open.out().startsWith("[] None None"), open.out());
        assertFalse(open.out().contains("denied"), open.out());
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

    @Test
    void anImportReadsNoModuleOutsideTheAllowedFolders() {
        // the program puts ../secret on sys.path and imports the sourceless hidden.pyc from there
        assertEquals(new Outcome(0, "hidden: the secret is 42\n", ""), run("import_outside_3.11.pyc", Sandbox.off()), "as python3.11 prints");
        Outcome sandboxed = run("import_outside_3.11.pyc", ONLY_ITS_FOLDER);
        assertEquals(0, sandboxed.status(), sandboxed.err());
        assertTrue(sandboxed.out().startsWith("denied: [pyvm --sandbox] reading "), sandboxed.out());
        assertTrue(sandboxed.out().contains("hidden.pyc is not allowed"), sandboxed.out());
        assertFalse(sandboxed.out().contains("secret is"), sandboxed.out());
        assertEquals(new Outcome(0, "hidden: the secret is 42\n", ""),
                run("import_outside_3.11.pyc", Sandbox.readingOnly(List.of(DIR, DIR.resolve("../secret")))), "allowed by the policy");
    }

    @Test
    void anImportedSourceIsNotCompiledByTheLocalCPython() {
        // plain_module.py has no compiled file beside it: python3.11 -B prints "plain_module: 42"
        Outcome o = run("import_source_3.11.pyc", ONLY_ITS_FOLDER);
        assertEquals(0, o.status(), o.err());
        assertTrue(o.out().startsWith("denied: [pyvm --sandbox] compiling "), o.out());
        assertTrue(o.out().endsWith("plain_module.py with the local CPython starts a process, which is not allowed\n"), o.out());
    }

    @Test
    void aMultiFileProgramImportsItsOwnModulesInTheSandbox() throws Exception {
        // main.pyc imports shapes.pyc beside it: CPython's output, with the program folder as <DIR>
        Path main = Goldens.ROOT.resolve("3.11/common/imp_from_import/main.pyc");
        Outcome o = run(main, Sandbox.readingOnly(List.of(main.getParent())));
        String here = main.getParent().toRealPath().toString();
        assertEquals(Files.readString(Goldens.sibling(main, ".stdout"), StandardCharsets.UTF_8), o.out().replace(here, Goldens.PROGRAM_DIR));
        assertEquals(0, o.status(), o.err());
    }

    @Test
    void theStandardLibraryStaysImportable() {
        Assumptions.assumeTrue(StdlibLocator.find("3.11").isPresent(), "no local CPython 3.11 standard library");
        // keyword and bisect from the local CPython's lib/python3.11 (outside the allowed folder); python3.11 prints this
        assertEquals(new Outcome(0, "True 2\n", ""), run("import_stdlib_3.11.pyc", ONLY_ITS_FOLDER));
    }

    @Test
    void neitherDotDotNorASymbolicLinkLeadsOutOfAnAllowedFolder() throws Exception {
        Path allowed = Files.createTempDirectory("pyvm-sandbox");
        Path outside = Files.createTempDirectory("pyvm-outside");
        try {
            Files.writeString(outside.resolve("secret.txt"), "x");
            Sandbox policy = Sandbox.readingOnly(List.of(allowed));
            assertFalse(policy.mayRead(allowed.resolve("../" + outside.getFileName() + "/secret.txt")));
            Path link = allowed.resolve("link");
            try {
                Files.createSymbolicLink(link, outside);
            } catch (UnsupportedOperationException | java.io.IOException e) {
                Assumptions.abort("no symbolic links here: " + e);
            }
            assertFalse(policy.mayRead(link.resolve("secret.txt")), "a link in the allowed folder to a file outside it");
            assertTrue(Sandbox.readingOnly(List.of(allowed, outside)).mayRead(link.resolve("secret.txt")));
            assertTrue(policy.mayRead(allowed.resolve("not-there-yet.txt")));
        } finally {
            Files.deleteIfExists(allowed.resolve("link"));
            Files.deleteIfExists(outside.resolve("secret.txt"));
            Files.deleteIfExists(outside);
            Files.deleteIfExists(allowed);
        }
    }
}
