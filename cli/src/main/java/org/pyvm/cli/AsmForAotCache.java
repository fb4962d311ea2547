package org.pyvm.cli;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.ClassVisitor;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Opcodes;

/**
 * A build step (cli's pom runs it before the jar is made): writes ASM's classes into cli's classes folder as
 * Java 8 class files with stack map frames, and the runnable jar takes these instead of ASM's own.
 *
 * <p>Why: ASM ships Java 5 class files, and a JDK 25 AOT cache refuses those, so every program that got hot
 * loaded, parsed and verified them from the jar (with the old type-inferring verifier) at its first compile:
 * about 10 ms of fib(25)'s 0.13 s. Rewritten, they come from the cache with the rest of pyvm. The code of each
 * method is unchanged; only the version number and the frames the newer verifier reads are new.
 */
public final class AsmForAotCache {
    private AsmForAotCache() {
    }

    /** The class file version written: Java 8, the oldest that an AOT cache takes and that needs stack map frames. */
    static final int VERSION = Opcodes.V1_8;

    /** {@code AsmForAotCache CLASSES_DIR}: rewrites every class of the ASM jar on the class path under CLASSES_DIR. */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            throw new IllegalArgumentException("usage: AsmForAotCache CLASSES_DIR");
        }
        Path out = Path.of(args[0]);
        int n = 0;
        try (JarFile asm = new JarFile(asmJar().toFile())) {
            for (JarEntry e : java.util.Collections.list(asm.entries())) {
                if (!e.getName().startsWith("org/objectweb/asm/") || !e.getName().endsWith(".class")) {
                    continue;
                }
                byte[] rewritten;
                try (InputStream in = asm.getInputStream(e)) {
                    rewritten = rewrite(in.readAllBytes());
                }
                Path target = out.resolve(e.getName());
                Files.createDirectories(target.getParent());
                Files.write(target, rewritten);
                n++;
            }
        }
        if (n == 0) {
            throw new IllegalStateException("no ASM classes found in " + asmJar());
        }
    }

    /** One class file at {@link #VERSION}, its frames computed afresh. */
    static byte[] rewrite(byte[] classFile) {
        ClassReader reader = new ClassReader(classFile);
        ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_FRAMES) {
            @Override
            protected ClassLoader getClassLoader() {
                // the common superclass of two ASM types is looked up among ASM's own classes
                return AsmForAotCache.class.getClassLoader();
            }
        };
        reader.accept(new ClassVisitor(Opcodes.ASM9, writer) {
            @Override
            public void visit(int version, int access, String name, String signature, String superName, String[] interfaces) {
                super.visit(Math.max(version, VERSION), access, name, signature, superName, interfaces);
            }
        }, ClassReader.SKIP_FRAMES);
        return writer.toByteArray();
    }

    /** ASM's own jar: the class path may also hold this step's output of an earlier build, a folder. */
    private static Path asmJar() {
        try {
            for (java.net.URL u : java.util.Collections.list(
                    AsmForAotCache.class.getClassLoader().getResources("org/objectweb/asm/ClassReader.class"))) {
                if (u.getProtocol().equals("jar")) {
                    String file = u.getFile(); // file:/...asm-9.x.jar!/org/objectweb/asm/ClassReader.class
                    return Path.of(new java.net.URI(file.substring(0, file.indexOf("!/"))));
                }
            }
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException("cannot find ASM's jar", e);
        }
        throw new IllegalStateException("ASM's jar is not on the class path");
    }
}
