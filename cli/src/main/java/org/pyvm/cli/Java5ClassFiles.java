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
 * A build step (cli's pom runs it before the jar is made): writes the classes of the libraries that ship Java 5
 * class files, ASM and picocli, into cli's classes folder as Java 8 class files with stack map frames, and the
 * runnable jar takes these instead of the libraries' own.
 *
 * <p>Why: a JDK 25 AOT cache refuses Java 5 class files, so they were loaded, parsed and verified from the jar
 * (with the old type-inferring verifier) by every process that used them: ASM at the first compile of every
 * program that got hot (about 10 ms of fib(25)'s 0.13 s), picocli by every command but {@code pyvm run FILE}.
 * Rewritten, they come from the cache with the rest of pyvm. The code of each method is unchanged; only the
 * version number and the frames the newer verifier reads are new.
 */
public final class Java5ClassFiles {
    private Java5ClassFiles() {
    }

    /** The class file version written: Java 8, the oldest that an AOT cache takes and that needs stack map frames. */
    static final int VERSION = Opcodes.V1_8;

    /**
     * {@code Java5ClassFiles CLASSES_DIR MARKER...}: for each marker (a class file's path, such as
     * {@code picocli/CommandLine.class}), rewrites every class of the jar on the class path that holds it under
     * CLASSES_DIR.
     */
    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            throw new IllegalArgumentException("usage: Java5ClassFiles CLASSES_DIR MARKER_CLASS_FILE...");
        }
        Path out = Path.of(args[0]);
        for (int i = 1; i < args.length; i++) {
            Path jar = jarHolding(args[i]);
            int n = 0;
            try (JarFile in = new JarFile(jar.toFile())) {
                for (JarEntry e : java.util.Collections.list(in.entries())) {
                    String name = e.getName();
                    if (!name.endsWith(".class") || name.startsWith("META-INF/") || name.endsWith("module-info.class")) {
                        continue;
                    }
                    byte[] rewritten;
                    try (InputStream classFile = in.getInputStream(e)) {
                        rewritten = rewrite(classFile.readAllBytes());
                    }
                    Path target = out.resolve(name);
                    Files.createDirectories(target.getParent());
                    Files.write(target, rewritten);
                    n++;
                }
            }
            if (n == 0) {
                throw new IllegalStateException("no classes in " + jar);
            }
        }
    }

    /** One class file at {@link #VERSION} or newer, its frames computed afresh. */
    static byte[] rewrite(byte[] classFile) {
        ClassReader reader = new ClassReader(classFile);
        ClassWriter writer = new ClassWriter(ClassWriter.COMPUTE_FRAMES) {
            @Override
            protected ClassLoader getClassLoader() {
                // the common superclass of two of the library's types is looked up among its own classes
                return Java5ClassFiles.class.getClassLoader();
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

    /** The jar on the class path holding {@code marker}: the class path may also hold this step's output of an earlier build, a folder. */
    private static Path jarHolding(String marker) {
        try {
            for (java.net.URL u : java.util.Collections.list(Java5ClassFiles.class.getClassLoader().getResources(marker))) {
                if (u.getProtocol().equals("jar")) {
                    String file = u.getFile(); // file:/...x.jar!/marker
                    return Path.of(new java.net.URI(file.substring(0, file.indexOf("!/"))));
                }
            }
        } catch (IOException | URISyntaxException e) {
            throw new IllegalStateException("cannot find the jar holding " + marker, e);
        }
        throw new IllegalStateException("no jar on the class path holds " + marker);
    }
}
