package org.pyvm.core.importing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.pyvm.core.code.CodeObject;
import org.pyvm.core.errors.BadInputException;
import org.pyvm.core.host.SourceCompiler;
import org.pyvm.core.objects.PyError;
import org.pyvm.core.packs.PackRegistry;
import org.pyvm.core.pyc.PycFile;
import org.pyvm.core.sandbox.Sandbox;
import org.pyvm.spi.OpcodePack;

/**
 * Turns a found module into code of the running program's version, as that CPython's loaders do:
 * <ul>
 *   <li>a sourceless {@code .pyc} must carry the version's magic number; another version's is an
 *       ImportError naming both versions (it is never run by another pack);</li>
 *   <li>a {@code .py} uses its up-to-date compiled file when there is one (3.x:
 *       {@code __pycache__/name.cpython-XY.pyc}; 2.7: {@code name.pyc} beside it), checked by
 *       magic number, source mtime and size (or hash); otherwise the local CPython of the version
 *       compiles it. pyvm never writes beside the user's files: compiled source goes to a cache
 *       folder of its own, keyed by the source's path and bytes.</li>
 * </ul>
 * Under a {@link Sandbox} a module's file is read only where the policy allows (a PermissionError,
 * as CPython gives for an unreadable file), and source that would need the local CPython to compile
 * it is refused (a process): only its up-to-date compiled file, or a sourceless .pyc, may be run.
 */
public final class ModuleLoader {
    private final OpcodePack pack;
    private final boolean py2;
    private final Path cacheDir;
    private final Sandbox sandbox;

    /** @param cacheDir where compiled source is kept between runs; null to compile in memory every time */
    public ModuleLoader(OpcodePack pack, boolean py2, Path cacheDir) {
        this(pack, py2, cacheDir, Sandbox.off());
    }

    /** As {@link #ModuleLoader(OpcodePack, boolean, Path)}, reading and compiling only as {@code sandbox} allows. */
    public ModuleLoader(OpcodePack pack, boolean py2, Path cacheDir, Sandbox sandbox) {
        this.pack = pack;
        this.py2 = py2;
        this.cacheDir = cacheDir;
        this.sandbox = sandbox;
    }

    /**
     * The default cache folder: the system property {@code pyvm.cacheDir} when set (tests, embedders),
     * else {@code $XDG_CACHE_HOME/pyvm} or {@code ~/.cache/pyvm}.
     */
    public static Path defaultCacheDir() {
        String property = System.getProperty("pyvm.cacheDir");
        if (property != null && !property.isEmpty()) {
            return Path.of(property);
        }
        String xdg = System.getenv("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isEmpty()) {
            return Path.of(xdg, "pyvm");
        }
        String home = System.getProperty("user.home");
        return home == null ? null : Path.of(home, ".cache", "pyvm");
    }

    /** The code of module {@code name} found at {@code found} (not a namespace package). */
    public ModuleCode load(String name, FoundModule found) {
        Path file = found.file();
        sandbox.checkRead(file); // sys.path is the program's to change: a module may be looked for anywhere
        if (found.kind() == FoundModule.Kind.SOURCELESS) {
            return new ModuleCode(sourceless(name, file), file.toString(), py2 ? null : file.toString());
        }
        Path compiled = compiledBeside(file);
        byte[] source = read(file, name);
        if (compiled != null) {
            CodeObject code = upToDate(compiled, file, source);
            if (code != null) {
                code.fixFilename(file.toString());
                // 2.7 names the .pyc it ran in __file__; 3.x always the source
                return new ModuleCode(code, py2 ? compiled.toString() : file.toString(), py2 ? null : compiled.toString());
            }
        }
        return new ModuleCode(compile(file, source), file.toString(), py2 || compiled == null ? null : compiled.toString());
    }

    /** Where this version's CPython keeps the compiled form of {@code source}. */
    private Path compiledBeside(Path source) {
        String base = source.getFileName().toString();
        base = base.substring(0, base.length() - ".py".length());
        if (py2) {
            return source.resolveSibling(base + ".pyc");
        }
        String tag = "cpython-" + pack.table().pythonVersion().replace(".", "");
        return source.resolveSibling("__pycache__").resolve(base + "." + tag + ".pyc");
    }

    private CodeObject sourceless(String name, Path file) {
        byte[] data = read(file, name);
        int magic = data.length >= 4 && data[2] == '\r' && data[3] == '\n' ? (data[0] & 0xff) | (data[1] & 0xff) << 8 : -1;
        if (!pack.acceptsMagic(magic)) {
            String version = PackRegistry.versionOfMagic(magic);
            String running = pack.table().pythonVersion();
            String which = version != null ? "a CPython " + version + " .pyc" : "not a CPython " + running + " .pyc";
            throw PyError.raise("ImportError", (py2 ? "Bad magic number in " + file : "bad magic number in '" + name + "': "
                    + bytesRepr(data)) + " (" + which + "; this program runs as CPython " + running + ")");
        }
        try {
            return decodeAll(PycFile.read(data, file.toString(), pack).module());
        } catch (BadInputException e) {
            // corrupt marshal data or invalid bytecode: an ImportError the program can catch, not a crash
            throw PyError.raise("ImportError", "cannot load " + file + ": " + e.getMessage());
        }
    }

    /** The compiled file's code when it matches the source (as CPython validates it), else null. */
    private CodeObject upToDate(Path compiled, Path sourceFile, byte[] source) {
        if (!sandbox.mayRead(compiled) || !Files.isRegularFile(compiled)) {
            return null;
        }
        try {
            byte[] data = Files.readAllBytes(compiled);
            if (data.length < 4 || !pack.acceptsMagic((data[0] & 0xff) | (data[1] & 0xff) << 8)) {
                return null; // another version's: CPython recompiles
            }
            PycFile pyc = PycFile.read(data, compiled.toString(), pack);
            decodeAll(pyc.module());
            if (pyc.hashBased()) {
                // an unchecked hash-based .pyc is used as is; a checked one would need importlib's
                // source_hash (SipHash-1-3 keyed by the magic), so pyvm compiles the source instead: same code
                if (pyc.checkSource()) {
                    return null;
                }
                return pyc.module();
            }
            long mtime = Files.getLastModifiedTime(sourceFile).toMillis() / 1000;
            if (pyc.mtime() != (mtime & 0xffffffffL)) {
                return null;
            }
            if (pyc.sourceSize() >= 0 && pyc.sourceSize() != (source.length & 0xffffffffL)) {
                return null;
            }
            return pyc.module();
        } catch (IOException | BadInputException e) {
            return null; // unreadable or corrupt: CPython recompiles from source
        }
    }

    private CodeObject compile(Path file, byte[] source) {
        // refused even when pyvm's cache holds the result, so that what runs does not depend on the cache
        sandbox.checkProcess("compiling " + file + " with the local CPython");
        String version = pack.table().pythonVersion();
        String filename = file.toString();
        Path cached = cacheDir == null ? null : cacheDir.resolve(version).resolve(key(version, filename, source) + ".marshal");
        byte[] marshalled = null;
        if (cached != null && Files.isRegularFile(cached)) {
            try {
                marshalled = Files.readAllBytes(cached);
            } catch (IOException e) {
                marshalled = null;
            }
        }
        if (marshalled == null) {
            marshalled = SourceCompiler.compileModule(source, filename, version);
            if (cached != null) {
                store(cached, marshalled);
            }
        }
        try {
            return decodeAll(PycFile.read(withHeader(marshalled), filename, pack).module());
        } catch (BadInputException e) {
            throw PyError.raise("ImportError", "cannot load the code CPython " + version + " compiled from " + file + ": " + e.getMessage());
        }
    }

    /** Decodes every code object now, so bad bytecode is found while importing, as the main module's is. */
    private static CodeObject decodeAll(CodeObject co) {
        co.decoded();
        for (org.pyvm.core.objects.PyObject c : co.consts) {
            if (c instanceof CodeObject nested) {
                decodeAll(nested);
            }
        }
        return co;
    }

    /** A .pyc image around marshalled code, so the one reader decodes it. */
    private byte[] withHeader(byte[] marshalled) {
        int header = pack.table().pycHeaderBytes();
        int magic = pack.table().magicNumbers().get(0);
        byte[] data = new byte[header + marshalled.length];
        data[0] = (byte) magic;
        data[1] = (byte) (magic >> 8);
        data[2] = '\r';
        data[3] = '\n';
        System.arraycopy(marshalled, 0, data, header, marshalled.length);
        return data;
    }

    private static void store(Path cached, byte[] marshalled) {
        try {
            Files.createDirectories(cached.getParent());
            Path tmp = Files.createTempFile(cached.getParent(), "pyvm", ".tmp");
            Files.write(tmp, marshalled);
            Files.move(tmp, cached, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | UnsupportedOperationException e) {
            // a cache that cannot be written only costs a recompilation next time
        }
    }

    private static String key(String version, String filename, byte[] source) {
        try {
            MessageDigest d = MessageDigest.getInstance("SHA-256");
            d.update((version + "\0" + filename + "\0").getBytes(java.nio.charset.StandardCharsets.UTF_8));
            d.update(source);
            return HexFormat.of().formatHex(d.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] read(Path file, String name) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw PyError.raise("ImportError", "cannot read " + file + " for module " + name + ": " + e.getMessage());
        }
    }

    /** b'\x03\xf3\r\n' as Python 3 prints the first four bytes. */
    private static String bytesRepr(byte[] data) {
        StringBuilder sb = new StringBuilder("b'");
        for (int i = 0; i < Math.min(4, data.length); i++) {
            int b = data[i] & 0xff;
            if (b == '\r') {
                sb.append("\\r");
            } else if (b == '\n') {
                sb.append("\\n");
            } else if (b == '\t') {
                sb.append("\\t");
            } else if (b == '\\' || b == '\'') {
                sb.append('\\').append((char) b);
            } else if (b >= 0x20 && b < 0x7f) {
                sb.append((char) b);
            } else {
                sb.append(String.format("\\x%02x", b));
            }
        }
        return sb.append('\'').toString();
    }
}
