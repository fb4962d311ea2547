package org.pyvm.core.pyc;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.function.IntFunction;
import org.pyvm.core.code.CodeObject;
import org.pyvm.core.errors.BadInputException;
import org.pyvm.core.objects.PyObject;
import org.pyvm.core.packs.PackRegistry;
import org.pyvm.spi.LanguageFeature;
import org.pyvm.spi.OpcodePack;

/**
 * A loaded .pyc file: its header facts, the pack its magic number selected, and the module code
 * object. Header layouts (CPYTHON-FACTS 2.1; the pack says how long its header is):
 * <ul>
 *   <li>8 bytes (2.7): magic, u32 mtime</li>
 *   <li>12 bytes (3.3-3.6): magic, u32 mtime, u32 source size</li>
 *   <li>16 bytes (3.7+, PEP 552): magic, u32 flags, then u32 mtime and u32 source size when flags
 *       is 0, else the 8-byte source hash (bit 0 hash-based, bit 1 check_source)</li>
 * </ul>
 * where magic is a u16 little-endian number followed by {@code \r\n}. Bytes after the marshalled
 * module are ignored, as CPython ignores them.
 *
 * <p>Every problem is a {@link BadInputException} with a one-line message that does not repeat the
 * file name (the command adds it).
 */
public final class PycFile {
    /** PEP 552 flags bit 0: the header holds a source hash instead of mtime and size. */
    public static final int FLAG_HASH_BASED = 0x1;
    /** PEP 552 flags bit 1: the import system checks the hash against the source. */
    public static final int FLAG_CHECK_SOURCE = 0x2;

    private final String name;
    private final OpcodePack pack;
    private final int magic;
    private final int headerBytes;
    private final int flags;
    private final long mtime;
    private final long sourceSize;
    private final byte[] sourceHash;
    private final CodeObject module;
    private final int marshalEnd;
    private final int length;

    private PycFile(String name, OpcodePack pack, int magic, int headerBytes, int flags, long mtime, long sourceSize,
            byte[] sourceHash, CodeObject module, int marshalEnd, int length) {
        this.name = name;
        this.pack = pack;
        this.magic = magic;
        this.headerBytes = headerBytes;
        this.flags = flags;
        this.mtime = mtime;
        this.sourceSize = sourceSize;
        this.sourceHash = sourceHash;
        this.module = module;
        this.marshalEnd = marshalEnd;
        this.length = length;
    }

    /**
     * Reads and loads {@code file}.
     *
     * @throws BadInputException when the file is missing or unreadable, is not a .pyc, has a magic
     *                           number no installed pack accepts, or holds truncated or corrupt data
     */
    public static PycFile read(Path file, PackRegistry packs) {
        return read(readAll(file), file.toString(), packs);
    }

    /**
     * Loads .pyc bytes (for tests and embedding); {@code displayName} names them in
     * {@link #name()}. The array is not copied and must not change afterwards.
     */
    public static PycFile read(byte[] data, String displayName, PackRegistry packs) {
        return read(data, displayName, packs::forMagic);
    }

    /**
     * Loads .pyc bytes that must be of {@code pack}'s version (an imported module runs with the
     * importing program's pack, never another one).
     *
     * @throws BadInputException when the magic number is not one of {@code pack}'s, or the data is bad
     */
    public static PycFile read(byte[] data, String displayName, OpcodePack pack) {
        return read(data, displayName, magic -> {
            if (!pack.acceptsMagic(magic)) {
                throw new BadInputException("magic " + magic + " is not CPython " + pack.table().pythonVersion() + "'s");
            }
            return pack;
        });
    }

    /** As {@link #read(byte[], String, PackRegistry)} with any way of finding the pack for a magic number. */
    static PycFile read(byte[] data, String displayName, IntFunction<OpcodePack> packForMagic) {
        if (data.length < 4) {
            throw new BadInputException("not a .pyc file: too short for a header (" + data.length + " bytes)");
        }
        if (data[2] != '\r' || data[3] != '\n') {
            throw new BadInputException("not a .pyc file: it does not start with a magic number and \\r\\n");
        }
        int magic = (data[0] & 0xff) | (data[1] & 0xff) << 8;
        OpcodePack pack = packForMagic.apply(magic);
        int header = pack.table().pycHeaderBytes();
        if (data.length < header) {
            throw new BadInputException("not a .pyc file: too short for a header (" + data.length + " bytes; a CPython "
                    + pack.table().pythonVersion() + " .pyc header has " + header + ")");
        }
        int flags = 0;
        long mtime = -1;
        long size = -1;
        byte[] hash = null;
        if (header >= 16) {
            flags = u32i(data, 4);
            if ((flags & ~(FLAG_HASH_BASED | FLAG_CHECK_SOURCE)) != 0) {
                // Compare importlib._bootstrap_external._classify_pyc: "invalid flags".
                throw new BadInputException("not a valid .pyc file: invalid flags 0x" + Integer.toHexString(flags) + " in the header");
            }
            if ((flags & FLAG_HASH_BASED) != 0) {
                hash = new byte[8];
                System.arraycopy(data, 8, hash, 0, 8);
            } else {
                mtime = u32(data, 8);
                size = u32(data, 12);
            }
        } else if (header >= 8) {
            mtime = u32(data, 4);
            if (header >= 12) {
                size = u32(data, 8);
            }
        }
        MarshalReader reader = new MarshalReader(data, header, data.length, pack);
        PyObject top = reader.readObject();
        if (!(top instanceof CodeObject module)) {
            throw new BadInputException("bad marshal data: the module is a "
                    + CodeFields.kind(top, pack.table().has(LanguageFeature.STR_IS_BYTES)) + ", not a code object");
        }
        return new PycFile(displayName, pack, magic, header, flags, mtime, size, hash, module, reader.position(), data.length);
    }

    /** The whole file; every problem is a one-line {@link BadInputException}. */
    static byte[] readAll(Path file) {
        try {
            if (Files.isDirectory(file)) {
                throw new BadInputException("is a directory, not a .pyc file");
            }
            long size = Files.size(file);
            if (size > Integer.MAX_VALUE - 16) {
                throw new BadInputException("file too large for a .pyc (" + size + " bytes)");
            }
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new BadInputException("no such file");
        } catch (AccessDeniedException e) {
            throw new BadInputException("permission denied");
        } catch (IOException e) {
            throw new BadInputException("cannot read the file: " + e.getMessage(), e);
        }
    }

    private static long u32(byte[] b, int at) {
        return u32i(b, at) & 0xffffffffL;
    }

    private static int u32i(byte[] b, int at) {
        return (b[at] & 0xff) | (b[at + 1] & 0xff) << 8 | (b[at + 2] & 0xff) << 16 | (b[at + 3] & 0xff) << 24;
    }

    /** The module's code object. */
    public CodeObject module() {
        return module;
    }

    /** The pack chosen by the magic number. */
    public OpcodePack pack() {
        return pack;
    }

    /** The name given when reading: the path, or the display name of in-memory bytes. */
    public String name() {
        return name;
    }

    /** The u16 magic number (before {@code \r\n}). */
    public int magic() {
        return magic;
    }

    /** Header length; the marshalled module starts here. */
    public int headerBytes() {
        return headerBytes;
    }

    /** PEP 552 flags (3.7+ headers); 0 for older layouts. */
    public int flags() {
        return flags;
    }

    /** True for a PEP 552 hash-based .pyc. */
    public boolean hashBased() {
        return (flags & FLAG_HASH_BASED) != 0;
    }

    /** True for a hash-based .pyc whose hash the import system checks ({@code CHECKED_HASH}). */
    public boolean checkSource() {
        return hashBased() && (flags & FLAG_CHECK_SOURCE) != 0;
    }

    /** The source mtime (unsigned 32 bits), or -1 for a hash-based .pyc. */
    public long mtime() {
        return mtime;
    }

    /** The source size mod 2**32, or -1 when the header has none (2.7, hash-based). */
    public long sourceSize() {
        return sourceSize;
    }

    /** The 8-byte source hash of a hash-based .pyc (a copy), or null. */
    public byte[] sourceHash() {
        return sourceHash == null ? null : sourceHash.clone();
    }

    /** How many bytes follow the marshalled module (CPython ignores them). */
    public int trailingBytes() {
        return length - marshalEnd;
    }

    @Override
    public String toString() {
        return name + " (CPython " + pack.table().pythonVersion() + ", magic " + magic + ")";
    }
}
