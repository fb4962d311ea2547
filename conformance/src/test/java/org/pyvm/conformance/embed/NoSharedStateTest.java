package org.pyvm.conformance.embed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.pyvm.core.embed.PyVm;
import org.pyvm.core.objects.Language;
import org.pyvm.core.objects.PyType;
import org.pyvm.core.runtime.Host;
import org.pyvm.core.runtime.Runtime;
import org.pyvm.spi.LanguageFeature;

/**
 * VMs in one JVM share no mutable state: every static field of vm-core is final, a static
 * collection is read-only, and a static vm-core object (None, True, the cached small ints...) has no
 * field that can be reassigned (one level deep: what its final fields hold is not inspected). Static arrays cannot be checked this way: those of vm-core are tables filled
 * once in a static initialiser. The few static holders of per-thread state are listed here with why
 * they are safe. A new static cache or counter fails this test until it is made per-runtime.
 */
class NoSharedStateTest {
    /** Static fields allowed to hold mutable state, each with its reason. */
    private static final Map<String, String> ALLOWED = Map.of(
            "org.pyvm.core.runtime.Containers.IN_PROGRESS",
            "a ThreadLocal: the containers whose repr is being built on this thread; a VM runs on one thread at a time",
            "org.pyvm.core.host.StdlibLocator.CACHE",
            "where each CPython's library folder is on this host, looked up once per JVM: paths, never a program's objects");

    @Test
    void everyStaticFieldOfVmCoreIsFinalAndItsCollectionsReadOnly() throws Exception {
        List<String> problems = new ArrayList<>();
        List<String> classes = coreClasses();
        assertTrue(classes.size() > 100, "found only " + classes.size() + " vm-core classes");
        for (String name : classes) {
            Class<?> c = Class.forName(name, false, PyVm.class.getClassLoader());
            for (Field f : c.getDeclaredFields()) {
                int m = f.getModifiers();
                if (!Modifier.isStatic(m) || f.isSynthetic() || f.isEnumConstant() || f.getName().equals("$VALUES")) {
                    continue;
                }
                String id = name + "." + f.getName();
                if (ALLOWED.containsKey(id)) {
                    continue;
                }
                if (!Modifier.isFinal(m)) {
                    problems.add(id + " is static and not final");
                    continue;
                }
                if (ThreadLocal.class.isAssignableFrom(f.getType()) || f.getType().getName().startsWith("java.util.concurrent.atomic.")) {
                    problems.add(id + " holds shared mutable state (" + f.getType().getSimpleName() + ")");
                    continue;
                }
                if (f.getType().getName().startsWith("org.pyvm.core.") || f.getType() == Object.class) {
                    // a shared vm-core object (None, True, the small ints...) must have no field to change
                    f.setAccessible(true);
                    Object v = f.get(null);
                    String changeable = v == null ? null : changeableField(v.getClass());
                    if (changeable != null) {
                        problems.add(id + " is shared and its " + changeable + " can change");
                    }
                }
                if (Map.class.isAssignableFrom(f.getType()) || Collection.class.isAssignableFrom(f.getType())) {
                    f.setAccessible(true);
                    Object v = f.get(null);
                    String impl = v == null ? "null" : v.getClass().getName();
                    if (!(impl.startsWith("java.util.ImmutableCollections$") || impl.startsWith("java.util.Collections$Unmodifiable")
                            || impl.startsWith("java.util.Collections$Empty") || impl.equals("null"))) {
                        problems.add(id + " is a modifiable " + impl);
                    }
                }
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void instancesHashThroughTheRuntimeThatMadeTheirClass() {
        Language lang = new Language("3.11", Set.of(LanguageFeature.NUMERIC_HASH_MODULUS, LanguageFeature.STRING_HASH_SIPHASH13));
        Host host = new Host(java.io.OutputStream.nullOutputStream(), java.io.OutputStream.nullOutputStream(), java.io.InputStream.nullInputStream());
        Runtime a = new Runtime(lang, host);
        Runtime b = new Runtime(lang, host);
        assertTrue(a.instances != b.instances, "each runtime has its own protocol");
        // the same language object in both: the old static registry keyed by language mixed them up
        PyType made = PyType.userClass("C", new PyType[] {a.types.object}, false).withInstanceProtocol(a.instances);
        assertSame(a.instances, made.instanceProtocol());
    }

    @Test
    void aFinishedVmLeavesNothingBehind() throws Exception {
        // a user class with __hash__/__eq__ whose instances go into dicts and sets
        org.pyvm.core.code.CodeObject module = org.pyvm.core.pyc.PycFile.read(
                org.pyvm.conformance.Goldens.ROOT.resolve("3.11/common/c4_hash_eq.pyc"), org.pyvm.core.packs.PackRegistry.discover()).module();
        java.lang.ref.WeakReference<Runtime> runtime = runAndForget(module);
        for (int i = 0; i < 20 && runtime.get() != null; i++) {
            System.gc();
            Thread.sleep(50);
        }
        // the code object (and its language level) outlives the VM, as in a host that runs it again
        assertTrue(module.lang != null);
        assertTrue(runtime.get() == null, "the runtime of a finished VM is still reachable from static state");
    }

    private static java.lang.ref.WeakReference<Runtime> runAndForget(org.pyvm.core.code.CodeObject module) throws Exception {
        java.util.concurrent.atomic.AtomicReference<java.lang.ref.WeakReference<Runtime>> ref = new java.util.concurrent.atomic.AtomicReference<>();
        java.util.concurrent.atomic.AtomicInteger status = new java.util.concurrent.atomic.AtomicInteger(-1);
        Thread t = new Thread(null, () -> {
            org.pyvm.core.interp.Session s = new org.pyvm.core.interp.Session(module.lang,
                    new Host(java.io.OutputStream.nullOutputStream(), java.io.OutputStream.nullOutputStream(), java.io.InputStream.nullInputStream()),
                    List.of("c4_hash_eq.pyc"), null);
            ref.set(new java.lang.ref.WeakReference<>(s.runtime()));
            status.set(s.runMain(module));
        }, "vm", 1L << 28);
        t.start();
        t.join();
        assertEquals(1, status.get(), "CPython's exit status for c4_hash_eq (it ends with an unhashable instance)");
        return ref.get();
    }

    /** A non-final instance field of {@code c} or a superclass, or null when every one is final. */
    private static String changeableField(Class<?> c) {
        for (Class<?> k = c; k != null && k != Object.class; k = k.getSuperclass()) {
            for (Field f : k.getDeclaredFields()) {
                if (!Modifier.isStatic(f.getModifiers()) && !Modifier.isFinal(f.getModifiers())) {
                    return k.getSimpleName() + "." + f.getName();
                }
            }
        }
        return null;
    }

    private static List<String> coreClasses() throws IOException, URISyntaxException {
        Path where = Path.of(PyVm.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<String> names = new ArrayList<>();
        if (Files.isDirectory(where)) {
            try (Stream<Path> files = Files.walk(where)) {
                files.map(p -> where.relativize(p).toString().replace('\\', '/')).forEach(n -> add(n, names));
            }
        } else {
            try (JarFile jar = new JarFile(where.toFile())) {
                jar.stream().forEach(e -> add(e.getName(), names));
            }
        }
        return names;
    }

    private static void add(String path, List<String> names) {
        if (path.startsWith("org/pyvm/core/") && path.endsWith(".class")) {
            names.add(path.substring(0, path.length() - ".class".length()).replace('/', '.'));
        }
    }
}
