package org.pyvm.core.modules.io;

import org.pyvm.core.host.HostFiles;
import org.pyvm.core.objects.PyBool;
import org.pyvm.core.objects.PyBytes;
import org.pyvm.core.objects.PyError;
import org.pyvm.core.objects.PyFloat;
import org.pyvm.core.objects.PyInt;
import org.pyvm.core.objects.PyNone;
import org.pyvm.core.objects.PyObject;
import org.pyvm.core.objects.PyStr;
import org.pyvm.core.objects.PyType;
import org.pyvm.core.runtime.Ops;
import org.pyvm.core.runtime.Strings;

/** {@code _io.FileIO}: raw, unbuffered bytes on one of the VM's file descriptors (host access through HostFiles). */
final class FileIO extends IoObject {
    int fd = -1;
    boolean readable;
    boolean writable;
    boolean appending;
    boolean created;
    boolean closefd = true;

    FileIO(Io io, PyType type) {
        super(io, type);
    }

    String mode() {
        if (created) {
            return readable ? "xb+" : "xb";
        }
        if (appending) {
            return readable ? "ab+" : "ab";
        }
        if (readable) {
            return writable ? "rb+" : "rb";
        }
        return "wb";
    }

    PyError failed(HostFiles.Failure f) {
        return io.oserror(f, null, true);
    }

    void checkOpen() {
        if (fd < 0) {
            throw io.closedRaw();
        }
    }

    void checkReadable() {
        checkOpen();
        if (!readable) {
            throw io.unsupported("File not open for reading");
        }
    }

    void checkWritable() {
        checkOpen();
        if (!writable) {
            throw io.unsupported("File not open for writing");
        }
    }

    byte[] read(long n) {
        checkReadable();
        try {
            return io.files().read(fd, n);
        } catch (HostFiles.Failure f) {
            throw failed(f);
        }
    }

    int write(byte[] b) {
        checkWritable();
        try {
            return io.files().write(fd, b);
        } catch (HostFiles.Failure f) {
            throw failed(f);
        }
    }

    long seek(long pos, int whence) {
        checkOpen();
        try {
            return io.files().lseek(fd, pos, whence);
        } catch (HostFiles.Failure f) {
            throw failed(f);
        }
    }

    void close() {
        if (fd >= 0) {
            int was = fd;
            fd = -1;
            if (closefd) {
                try {
                    io.files().close(was);
                } catch (HostFiles.Failure f) {
                    throw failed(f);
                }
            }
        }
    }

    /** FileIO(file, mode='r', closefd=True, opener=None). */
    void init(PyObject[] a, String[] kw) {
        PyObject[] p = IoArgs.parse(io.py2 ? "fileio" : "FileIO", a, kw, 1, "file", "mode", "closefd", "opener");
        if (fd >= 0) {
            close();
        }
        PyObject file = p[0];
        String mode = p[1] == null ? "r" : io.string(p[1]);
        closefd = p[2] == null || Ops.truth(io.rt, p[2]);
        PyObject opener = p[3] == null ? PyNone.NONE : p[3];
        if (file instanceof PyFloat) {
            throw PyError.raise("TypeError", "integer argument expected, got float");
        }
        int flags = flags(mode);
        if (file instanceof PyInt || file instanceof PyBool) {
            long n = io.integer(file, 0, null);
            if (n < 0) {
                throw PyError.raise("ValueError", "negative file descriptor");
            }
            if (!io.files().isOpen((int) n)) {
                throw io.oserror(new HostFiles.Failure(9), null, true);
            }
            fd = (int) n;
        } else {
            if (!closefd) {
                throw PyError.raise("ValueError", "Cannot use closefd=False with file name");
            }
            String path = Open.fspath(io, file);
            if (opener != PyNone.NONE) {
                PyObject r = Ops.call(io.rt, opener, file, Io.integer(flags));
                long n = io.integer(r, 0, null);
                if (n < 0) {
                    throw PyError.raise("ValueError", "opener returned " + n);
                }
                fd = (int) n;
            } else {
                try {
                    fd = io.files().open(path, flags);
                } catch (HostFiles.Failure f) {
                    throw io.oserror(f, file, true);
                }
            }
        }
        dict.put("name", file);
        if (appending) {
            try {
                io.files().lseek(fd, 0, 2);
            } catch (HostFiles.Failure f) {
                // not seekable: appending is the host's business
            }
        }
    }

    /** The POSIX open flags of a FileIO mode string, setting readable/writable/appending/created. */
    private int flags(String mode) {
        boolean rwa = false;
        boolean plus = false;
        int flags = 0;
        readable = writable = appending = created = false;
        for (char c : mode.toCharArray()) {
            switch (c) {
                case 'x':
                case 'r':
                case 'w':
                case 'a':
                    if (rwa) {
                        throw badMode();
                    }
                    rwa = true;
                    if (c == 'x') {
                        created = true;
                        writable = true;
                        flags |= HostFiles.O_EXCL | HostFiles.O_CREAT;
                    } else if (c == 'r') {
                        readable = true;
                    } else if (c == 'w') {
                        writable = true;
                        flags |= HostFiles.O_CREAT | HostFiles.O_TRUNC;
                    } else {
                        writable = true;
                        appending = true;
                        flags |= HostFiles.O_APPEND | HostFiles.O_CREAT;
                    }
                    break;
                case 'b':
                    break;
                case '+':
                    if (plus) {
                        throw badMode();
                    }
                    readable = writable = true;
                    plus = true;
                    break;
                default:
                    throw PyError.raise("ValueError", "invalid mode: " + mode);
            }
        }
        if (!rwa) {
            throw badMode();
        }
        flags |= readable && writable ? HostFiles.O_RDWR : readable ? HostFiles.O_RDONLY : HostFiles.O_WRONLY;
        return flags;
    }

    private PyError badMode() {
        return PyError.raise("ValueError", io.py2 ? "Must have exactly one of read/write/append mode and at most one plus"
                : "Must have exactly one of create/read/write/append mode and at most one plus");
    }

    static void install(Io io) {
        PyType t = io.fileio;
        io.construct(t, type -> new FileIO(io, type), (self, a, kw) -> io.as(t, FileIO.class, "__init__", self).init(a, kw));
        io.property(t, FileIO.class, "closed", f -> Io.bool(f.fd < 0));
        io.property(t, FileIO.class, "closefd", f -> Io.bool(f.closefd));
        io.property(t, FileIO.class, "mode", f -> io.nativeStr(f.mode()));
        io.def(t, FileIO.class, "read", (f, a, kw) -> {
            PyObject[] p = IoArgs.parse("read", a, kw, 0, "size");
            return PyBytes.of(f.read(io.integer(p[0], -1, null)));
        });
        io.def(t, FileIO.class, "readall", (f, a, kw) -> PyBytes.of(f.read(-1)));
        io.def(t, FileIO.class, "readinto", (f, a, kw) -> {
            int n = Ops.len(io.rt, a[0]);
            byte[] d = f.read(n);
            io.fill(a[0], d);
            return io.size(d.length);
        });
        io.def(t, FileIO.class, "write", (f, a, kw) -> {
            f.checkWritable();
            return io.size(f.write(io.writeData(a[0])));
        });
        io.def(t, FileIO.class, "seek", (f, a, kw) -> {
            PyObject[] p = IoArgs.parse("seek", a, kw, 1, "pos", "whence");
            long whence = io.integer(p[1], 0, null);
            return io.size(f.seek(io.integer(p[0], Long.MIN_VALUE, null), (int) whence));
        });
        io.def(t, FileIO.class, "tell", (f, a, kw) -> io.size(f.seek(0, 1)));
        io.def(t, FileIO.class, "truncate", (f, a, kw) -> {
            f.checkWritable();
            long size = a.length == 0 || a[0] == PyNone.NONE ? f.seek(0, 1) : io.integer(a[0], 0, null);
            try {
                io.files().truncate(f.fd, size);
            } catch (HostFiles.Failure e) {
                throw f.failed(e);
            }
            return io.size(size);
        });
        io.def(t, FileIO.class, "close", (f, a, kw) -> {
            if (f.fd >= 0) {
                try {
                    // _IOBase.close's flush, then the descriptor
                    f.baseClosed = true;
                } finally {
                    f.close();
                }
            }
            return PyNone.NONE;
        });
        io.def(t, FileIO.class, "fileno", (f, a, kw) -> {
            f.checkOpen();
            return Io.integer(f.fd);
        });
        io.def(t, FileIO.class, "isatty", (f, a, kw) -> {
            f.checkOpen();
            return Io.bool(io.files().isatty(f.fd));
        });
        io.def(t, FileIO.class, "readable", (f, a, kw) -> {
            f.checkOpen();
            return Io.bool(f.readable);
        });
        io.def(t, FileIO.class, "writable", (f, a, kw) -> {
            f.checkOpen();
            return Io.bool(f.writable);
        });
        io.def(t, FileIO.class, "seekable", (f, a, kw) -> {
            f.checkOpen();
            return Io.bool(io.files().seekable(f.fd));
        });
        io.def(t, FileIO.class, "__repr__", (f, a, kw) -> {
            String tn = io.rt.types.of(f) == t ? "_io.FileIO" : f.type().name(io.rt.lang);
            if (f.fd < 0) {
                return Strings.text(io.rt, "<" + tn + " [closed]>");
            }
            PyObject name = Ops.getattrOrNull(io.rt, f, "name");
            String closefd = f.closefd ? "True" : "False";
            return Strings.text(io.rt, "<" + tn + (name == null ? " fd=" + f.fd : " name=" + Ops.repr(io.rt, name))
                    + " mode='" + f.mode() + "' closefd=" + closefd + ">");
        });
    }

    static boolean isText(PyObject o) {
        return o instanceof PyStr;
    }
}
