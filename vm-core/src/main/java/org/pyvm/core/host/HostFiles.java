package org.pyvm.core.host;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Every touch of the host's files, folders, environment and process that a program makes through
 * {@code open()}, {@code _io}, {@code posix}/{@code os} and 2.7's {@code file}: one per VM, so a
 * policy (a sandbox refusing writes) applies in one place ({@link #setPolicy}). It speaks Java, not
 * Python: a refused or failed operation is a {@link Failure} carrying the POSIX errno and its Linux
 * message, which the callers turn into the version's OSError/IOError. File descriptors are this
 * VM's own small integers (0, 1, 2 are the VM's standard streams), so VMs in one JVM stay apart.
 */
public final class HostFiles {
    public static final int O_RDONLY = 0;
    public static final int O_WRONLY = 1;
    public static final int O_RDWR = 2;
    public static final int O_CREAT = 0100;
    public static final int O_EXCL = 0200;
    public static final int O_TRUNC = 01000;
    public static final int O_APPEND = 02000;

    /** What a host operation failed with: the POSIX errno and its message ({@code strerror}). */
    public static final class Failure extends RuntimeException {
        public final int errno;

        public Failure(int errno) {
            super(strerror(errno), null, false, false);
            this.errno = errno;
        }
    }

    /** What a program may touch; the default allows everything the host allows. */
    public interface Policy {
        default void checkRead(Path p) {
        }

        default void checkWrite(Path p) {
        }

        default void checkEnvironment(String what) {
        }
    }

    /** An open file descriptor: a host file's channel, or one of the VM's standard streams. */
    private static final class Open {
        final FileChannel channel;
        final boolean append;
        final boolean readable;
        final boolean writable;
        final InputStream in;
        final OutputStream out;
        /**
         * O_NONBLOCK cleared (os.set_blocking): kept for os.get_blocking only, since a file's reads and writes never
         * wait here and the VM's standard streams are read and written in full either way.
         */
        boolean blocking = true;
        /** os.set_inheritable (PEP 446: a descriptor the program opens is not inheritable; the standard streams are). */
        boolean inheritable;

        Open(FileChannel channel, boolean readable, boolean writable, boolean append) {
            this.channel = channel;
            this.readable = readable;
            this.writable = writable;
            this.append = append;
            this.in = null;
            this.out = null;
        }

        Open(InputStream in, OutputStream out) {
            this.inheritable = true;
            this.channel = null;
            this.readable = in != null;
            this.writable = out != null;
            this.append = false;
            this.in = in;
            this.out = out;
        }
    }

    private final Map<Integer, Open> fds = new TreeMap<>();
    private Policy policy = new Policy() { };
    private Path cwd = Path.of("").toAbsolutePath();

    public HostFiles(InputStream stdin, OutputStream stdout, OutputStream stderr) {
        fds.put(0, new Open(stdin, null));
        fds.put(1, new Open(null, stdout));
        fds.put(2, new Open(null, stderr));
    }

    /** The VM's file-object machinery (modules.io.Io), made on first use; held here as it is per VM too. */
    private Object io;

    @SuppressWarnings("unchecked")
    public <T> T io(java.util.function.Supplier<T> make) {
        if (io == null) {
            io = make.get();
        }
        return (T) io;
    }

    public void setPolicy(Policy p) {
        this.policy = p;
    }

    /** Linux's message for an errno, as {@code os.strerror} gives it. */
    public static String strerror(int errno) {
        return switch (errno) {
            case 1 -> "Operation not permitted";
            case 2 -> "No such file or directory";
            case 5 -> "Input/output error";
            case 9 -> "Bad file descriptor";
            case 12 -> "Cannot allocate memory";
            case 13 -> "Permission denied";
            case 17 -> "File exists";
            case 18 -> "Invalid cross-device link";
            case 20 -> "Not a directory";
            case 21 -> "Is a directory";
            case 22 -> "Invalid argument";
            case 24 -> "Too many open files";
            case 28 -> "No space left on device";
            case 29 -> "Illegal seek";
            case 36 -> "File name too long";
            case 39 -> "Directory not empty";
            default -> "Unknown error " + errno;
        };
    }

    // ---------------------------------------------------------------- paths and folders

    /** A program's path (relative to the VM's working folder); a name no file can have is ENOENT. */
    public Path resolve(String path) {
        if (path.isEmpty() || path.indexOf('\0') >= 0) {
            throw new Failure(2);
        }
        try {
            return cwd.resolve(path);
        } catch (InvalidPathException e) {
            throw new Failure(2);
        }
    }

    public String cwd() {
        return cwd.toString();
    }

    public void chdir(String path) {
        Path p = resolve(path);
        policy.checkRead(p);
        if (!Files.exists(p)) {
            throw new Failure(2);
        }
        if (!Files.isDirectory(p)) {
            throw new Failure(20);
        }
        cwd = p.normalize();
    }

    public List<String> listdir(String path) {
        Path p = resolve(path);
        policy.checkRead(p);
        if (!Files.exists(p)) {
            throw new Failure(2);
        }
        if (!Files.isDirectory(p)) {
            throw new Failure(20);
        }
        List<String> names = new ArrayList<>();
        try (var s = Files.newDirectoryStream(p)) {
            for (Path e : s) {
                names.add(e.getFileName().toString());
            }
        } catch (IOException e) {
            throw failure(e);
        }
        return names;
    }

    public void mkdir(String path) {
        Path p = resolve(path);
        policy.checkWrite(p);
        try {
            Files.createDirectory(p);
        } catch (IOException e) {
            throw failure(e);
        }
    }

    public void rmdir(String path) {
        Path p = resolve(path);
        policy.checkWrite(p);
        if (!Files.exists(p, LinkOption.NOFOLLOW_LINKS)) {
            throw new Failure(2);
        }
        if (!Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
            throw new Failure(20);
        }
        delete(p);
    }

    /** unlink/remove: a file, never a folder (EISDIR, as Linux says). */
    public void remove(String path) {
        Path p = resolve(path);
        policy.checkWrite(p);
        if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
            throw new Failure(21);
        }
        delete(p);
    }

    private static void delete(Path p) {
        try {
            Files.delete(p);
        } catch (IOException e) {
            throw failure(e);
        }
    }

    public void rename(String from, String to) {
        Path a = resolve(from);
        Path b = resolve(to);
        policy.checkWrite(a);
        policy.checkWrite(b);
        try {
            Files.move(a, b, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw failure(e);
        }
    }

    /** access(path, mode): F_OK 0, X_OK 1, W_OK 2, R_OK 4. */
    public boolean access(String path, int mode) {
        Path p;
        try {
            p = resolve(path);
        } catch (Failure f) {
            return false;
        }
        policy.checkRead(p);
        if (!Files.exists(p)) {
            return false;
        }
        return ((mode & 4) == 0 || Files.isReadable(p)) && ((mode & 2) == 0 || Files.isWritable(p))
                && ((mode & 1) == 0 || Files.isExecutable(p));
    }

    /** chmod: the permission bits (the low 9) of a file or folder. */
    public void chmod(String path, int mode) {
        Path p = resolve(path);
        policy.checkWrite(p);
        java.util.Set<java.nio.file.attribute.PosixFilePermission> perms = java.util.EnumSet.noneOf(
                java.nio.file.attribute.PosixFilePermission.class);
        java.nio.file.attribute.PosixFilePermission[] order = {
            java.nio.file.attribute.PosixFilePermission.OTHERS_EXECUTE, java.nio.file.attribute.PosixFilePermission.OTHERS_WRITE,
            java.nio.file.attribute.PosixFilePermission.OTHERS_READ, java.nio.file.attribute.PosixFilePermission.GROUP_EXECUTE,
            java.nio.file.attribute.PosixFilePermission.GROUP_WRITE, java.nio.file.attribute.PosixFilePermission.GROUP_READ,
            java.nio.file.attribute.PosixFilePermission.OWNER_EXECUTE, java.nio.file.attribute.PosixFilePermission.OWNER_WRITE,
            java.nio.file.attribute.PosixFilePermission.OWNER_READ};
        for (int i = 0; i < order.length; i++) {
            if ((mode & (1 << i)) != 0) {
                perms.add(order[i]);
            }
        }
        try {
            Files.setPosixFilePermissions(p, perms);
        } catch (IOException e) {
            throw failure(e);
        } catch (UnsupportedOperationException e) {
            throw new Failure(1);
        }
    }

    /** utime: access and modification times in nanoseconds since the epoch. */
    public void utime(String path, long atimeNs, long mtimeNs) {
        Path p = resolve(path);
        policy.checkWrite(p);
        try {
            var view = Files.getFileAttributeView(p, java.nio.file.attribute.BasicFileAttributeView.class);
            if (!Files.exists(p)) {
                throw new Failure(2);
            }
            view.setTimes(FileTime.from(java.time.Instant.ofEpochSecond(0, mtimeNs)),
                    FileTime.from(java.time.Instant.ofEpochSecond(0, atimeNs)), null);
        } catch (IOException e) {
            throw failure(e);
        }
    }

    /** The process's user or group id ("uid", "gid") as the host reports it for this process. */
    public long processId(String which) {
        try {
            Object v = Files.getAttribute(Path.of("/proc/self"), "unix:" + which);
            return ((Number) v).longValue();
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    // ---------------------------------------------------------------- stat

    /** What stat() tells of a file. Times are in nanoseconds since the epoch. */
    public record Stat(long mode, long ino, long dev, long nlink, long uid, long gid, long size, long atimeNs, long mtimeNs,
            long ctimeNs) {
    }

    public Stat stat(String path, boolean follow) {
        Path p = resolve(path);
        policy.checkRead(p);
        return stat(p, follow);
    }

    private static Stat stat(Path p, boolean follow) {
        LinkOption[] opts = follow ? new LinkOption[0] : new LinkOption[] {LinkOption.NOFOLLOW_LINKS};
        try {
            Map<String, Object> a = Files.readAttributes(p, "unix:mode,ino,dev,nlink,uid,gid,size,lastAccessTime,"
                    + "lastModifiedTime,ctime", opts);
            return new Stat(((Number) a.get("mode")).longValue(), ((Number) a.get("ino")).longValue(),
                    ((Number) a.get("dev")).longValue(), ((Number) a.get("nlink")).longValue(), ((Number) a.get("uid")).longValue(),
                    ((Number) a.get("gid")).longValue(), ((Number) a.get("size")).longValue(), nanos(a.get("lastAccessTime")),
                    nanos(a.get("lastModifiedTime")), nanos(a.get("ctime")));
        } catch (UnsupportedOperationException | IllegalArgumentException e) {
            try {
                var b = Files.readAttributes(p, java.nio.file.attribute.BasicFileAttributes.class, opts);
                long type = b.isDirectory() ? 0040000 : b.isSymbolicLink() ? 0120000 : b.isRegularFile() ? 0100000 : 0;
                return new Stat(type | 0644, 0, 0, 1, 0, 0, b.size(), nanos(b.lastAccessTime()), nanos(b.lastModifiedTime()),
                        nanos(b.lastModifiedTime()));
            } catch (IOException x) {
                throw failure(x);
            }
        } catch (IOException e) {
            throw failure(e);
        }
    }

    private static long nanos(Object t) {
        if (t instanceof FileTime ft) {
            java.time.Instant i = ft.toInstant();
            return i.getEpochSecond() * 1_000_000_000L + i.getNano();
        }
        return 0;
    }

    // ---------------------------------------------------------------- file descriptors

    /** open(path, flags): a new descriptor, the lowest free one from 3 on. */
    public int open(String path, int flags) {
        Path p = resolve(path);
        int acc = flags & 3;
        boolean write = acc != O_RDONLY || (flags & (O_CREAT | O_TRUNC | O_APPEND)) != 0;
        if (write) {
            policy.checkWrite(p);
        } else {
            policy.checkRead(p);
        }
        if (Files.isDirectory(p)) {
            if (acc != O_RDONLY) {
                throw new Failure(21);
            }
            throw new Failure(21); // reading a folder as a file: Linux opens it, the first read fails; CPython's open refuses
        }
        Set<OpenOption> opts = new HashSet<>();
        if (acc == O_RDONLY || acc == O_RDWR) {
            opts.add(StandardOpenOption.READ);
        }
        if (acc == O_WRONLY || acc == O_RDWR) {
            opts.add(StandardOpenOption.WRITE);
        }
        if ((flags & O_CREAT) != 0) {
            opts.add((flags & O_EXCL) != 0 ? StandardOpenOption.CREATE_NEW : StandardOpenOption.CREATE);
        }
        if ((flags & O_TRUNC) != 0 && acc != O_RDONLY) {
            opts.add(StandardOpenOption.TRUNCATE_EXISTING);
        }
        try {
            FileChannel ch = FileChannel.open(p, opts);
            return allocate(new Open(ch, acc != O_WRONLY, acc != O_RDONLY, (flags & O_APPEND) != 0));
        } catch (IOException e) {
            throw failure(e);
        }
    }

    private int allocate(Open o) {
        int fd = 0;
        while (fds.containsKey(fd)) {
            fd++;
        }
        fds.put(fd, o);
        return fd;
    }

    private Open get(int fd) {
        Open o = fds.get(fd);
        if (o == null) {
            throw new Failure(9);
        }
        return o;
    }

    public boolean isOpen(int fd) {
        return fds.containsKey(fd);
    }

    public void close(int fd) {
        Open o = fds.remove(fd);
        if (o == null) {
            throw new Failure(9);
        }
        if (o.channel != null) {
            try {
                o.channel.close();
            } catch (IOException e) {
                throw failure(e);
            }
        } else if (o.out != null) {
            flush(o.out);
        }
    }

    /** Up to {@code n} bytes (fewer at the end; none at end of file); {@code n < 0} reads to the end. */
    public byte[] read(int fd, long n) {
        Open o = get(fd);
        if (!o.readable) {
            throw new Failure(9);
        }
        try {
            if (o.channel == null) {
                return n < 0 ? o.in.readAllBytes() : o.in.readNBytes((int) Math.min(n, Integer.MAX_VALUE - 8));
            }
            if (n < 0) {
                n = Math.max(0, o.channel.size() - o.channel.position());
            }
            ByteBuffer buf = ByteBuffer.allocate((int) Math.min(n, Integer.MAX_VALUE - 8));
            while (buf.hasRemaining()) {
                if (o.channel.read(buf) < 0) {
                    break;
                }
            }
            byte[] out = new byte[buf.position()];
            buf.flip();
            buf.get(out);
            return out;
        } catch (IOException e) {
            throw failure(e);
        }
    }

    public int write(int fd, byte[] data) {
        Open o = get(fd);
        if (!o.writable) {
            throw new Failure(9);
        }
        try {
            if (o.channel == null) {
                o.out.write(data);
                return data.length;
            }
            if (o.append) {
                o.channel.position(o.channel.size());
            }
            ByteBuffer buf = ByteBuffer.wrap(data);
            while (buf.hasRemaining()) {
                o.channel.write(buf);
            }
            return data.length;
        } catch (IOException e) {
            throw failure(e);
        }
    }

    /** lseek: whence 0 from the start, 1 from the current position, 2 from the end; the new position. */
    public long lseek(int fd, long pos, int whence) {
        Open o = get(fd);
        if (o.channel == null) {
            throw new Failure(29);
        }
        try {
            long base = whence == 0 ? 0 : whence == 1 ? o.channel.position() : whence == 2 ? o.channel.size() : -1;
            if (base < 0 || base + pos < 0) {
                throw new Failure(22);
            }
            o.channel.position(base + pos);
            return base + pos;
        } catch (IOException e) {
            throw failure(e);
        }
    }

    public void truncate(int fd, long size) {
        Open o = get(fd);
        if (o.channel == null || !o.writable) {
            throw new Failure(22);
        }
        try {
            if (size > o.channel.size()) {
                long at = o.channel.position();
                o.channel.write(ByteBuffer.allocate(1), size - 1);
                o.channel.position(at);
            } else {
                o.channel.truncate(size);
            }
        } catch (IOException e) {
            throw failure(e);
        }
    }

    public boolean isatty(int fd) {
        get(fd);
        return false; // the VM's standard streams are the host's streams, never a terminal it knows of
    }

    /** Whether the descriptor can seek (a file, not a stream). */
    public boolean seekable(int fd) {
        return get(fd).channel != null;
    }

    /** os.get_blocking: whether O_NONBLOCK is clear on the descriptor. */
    public boolean blocking(int fd) {
        return get(fd).blocking;
    }

    /** os.set_blocking. */
    public void setBlocking(int fd, boolean blocking) {
        get(fd).blocking = blocking;
    }

    /** os.get_inheritable. */
    public boolean inheritable(int fd) {
        return get(fd).inheritable;
    }

    /** os.set_inheritable: kept for get_inheritable only, as the VM starts no processes that could inherit it. */
    public void setInheritable(int fd, boolean inheritable) {
        get(fd).inheritable = inheritable;
    }

    public boolean readable(int fd) {
        return get(fd).readable;
    }

    public boolean writable(int fd) {
        return get(fd).writable;
    }

    public void flush(int fd) {
        Open o = get(fd);
        if (o.out != null) {
            flush(o.out);
        }
    }

    private static void flush(OutputStream out) {
        try {
            out.flush();
        } catch (IOException e) {
            throw failure(e);
        }
    }

    public Stat fstat(int fd) {
        Open o = get(fd);
        if (o.channel == null) {
            return new Stat(0020620, 0, 0, 1, 0, 0, 0, 0, 0, 0); // a character device, as a terminal or pipe shows
        }
        try {
            long size = o.channel.size();
            return new Stat(0100644, 0, 0, 1, 0, 0, size, 0, 0, 0);
        } catch (IOException e) {
            throw failure(e);
        }
    }

    // ---------------------------------------------------------------- the process

    /** The process environment; an empty one where the policy denies the environment (so that {@code import os} works). */
    public Map<String, String> environ() {
        try {
            policy.checkEnvironment("environ");
        } catch (RuntimeException denied) {
            return new TreeMap<>();
        }
        return new TreeMap<>(System.getenv());
    }

    /** putenv/unsetenv: the JVM's environment cannot change, so nothing happens where the policy allows it. */
    public void changeEnvironment(String variable) {
        policy.checkEnvironment(variable);
    }

    public long getpid() {
        return ProcessHandle.current().pid();
    }

    /**
     * uname(2)'s sysname, nodename, release, version and machine: on Linux read from /proc/sys/kernel, else from
     * what the JVM knows (its os.name, os.version and os.arch, as uname's machine names it).
     */
    public String[] uname() {
        String arch = System.getProperty("os.arch", "");
        String machine = arch.equals("amd64") ? "x86_64" : arch.equals("x86") ? "i686" : arch;
        return new String[] {kernel("ostype", System.getProperty("os.name", "")),
            kernel("hostname", System.getenv().getOrDefault("HOSTNAME", "localhost")),
            kernel("osrelease", System.getProperty("os.version", "")), kernel("version", ""), machine};
    }

    private static String kernel(String name, String otherwise) {
        try {
            return Files.readString(java.nio.file.Path.of("/proc/sys/kernel", name)).strip();
        } catch (IOException | RuntimeException e) {
            return otherwise;
        }
    }

    public byte[] urandom(int n) {
        byte[] b = new byte[n];
        new java.security.SecureRandom().nextBytes(b);
        return b;
    }

    /** The errno a Java I/O failure stands for. */
    static Failure failure(IOException e) {
        if (e instanceof NoSuchFileException) {
            return new Failure(2);
        }
        if (e instanceof AccessDeniedException) {
            return new Failure(13);
        }
        if (e instanceof FileAlreadyExistsException) {
            return new Failure(17);
        }
        if (e instanceof DirectoryNotEmptyException) {
            return new Failure(39);
        }
        if (e instanceof NotDirectoryException) {
            return new Failure(20);
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            String r = f.getReason();
            for (int errno : new int[] {1, 2, 13, 17, 18, 20, 21, 22, 28, 36, 39}) {
                if (r.contains(strerror(errno))) {
                    return new Failure(errno);
                }
            }
        }
        return new Failure(5);
    }
}
