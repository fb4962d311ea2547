package org.pyvm.core.modules;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.pyvm.core.host.HostFiles;
import org.pyvm.core.objects.PyBool;
import org.pyvm.core.objects.PyBytes;
import org.pyvm.core.objects.PyDict;
import org.pyvm.core.objects.PyError;
import org.pyvm.core.objects.PyFloat;
import org.pyvm.core.objects.PyInt;
import org.pyvm.core.objects.PyList;
import org.pyvm.core.objects.PyModule;
import org.pyvm.core.objects.PyNone;
import org.pyvm.core.objects.PyObject;
import org.pyvm.core.objects.PyStr;
import org.pyvm.core.objects.PyTuple;
import org.pyvm.core.objects.PyType;
import org.pyvm.core.runtime.Ops;
import org.pyvm.core.runtime.Runtime;
import org.pyvm.core.runtime.Strings;

/**
 * The {@code posix} module, which os.py builds on: working folder, folder listing, stat, the
 * environment, file descriptors, making and removing files and folders. Every host access goes through
 * the VM's {@link HostFiles}; failures are OSError with errno, strerror and the file name, as the
 * version words them (3.x's subclasses such as FileNotFoundError). No process is started here.
 */
public final class PosixModule {
    private PosixModule() {
    }

    public static PyModule create(Runtime rt) {
        boolean py2 = rt.lang.major() == 2;
        HostFiles files = rt.files;
        ModuleBuilder m = new ModuleBuilder(rt, "posix");
        PyType statResult = StatResult.type(rt);
        m.put("stat_result", statResult);
        m.put("error", rt.types.exceptions.get("OSError"));
        if (!py2) {
            terminalSize(rt, m);
        }
        m.def("getcwd", (a, kw) -> Strings.text(rt, files.cwd()));
        if (py2) {
            m.def("getcwdu", (a, kw) -> PyStr.of(files.cwd()));
        } else {
            m.def("getcwdb", (a, kw) -> PyBytes.of(files.cwd().getBytes(StandardCharsets.UTF_8)));
        }
        m.def("chdir", (a, kw) -> {
            PyObject p = one(rt, "chdir", a);
            call(rt, p, null, () -> files.chdir(path(rt, p)));
            return PyNone.NONE;
        });
        m.def("listdir", (a, kw) -> {
            PyObject p = a.length == 0 ? (py2 ? null : PyStr.of(".")) : a[0];
            if (p == null) {
                throw PyError.raise("TypeError", "listdir() takes exactly 1 argument (0 given)");
            }
            List<String> names = get(rt, p, () -> files.listdir(path(rt, p)));
            List<PyObject> out = new ArrayList<>();
            boolean bytes = p instanceof PyBytes && !py2;
            for (String n : names) {
                out.add(bytes ? PyBytes.of(n.getBytes(StandardCharsets.UTF_8)) : p instanceof PyStr && py2 ? PyStr.of(n) : Strings.text(rt, n));
            }
            return PyList.of(out);
        });
        m.def("stat", (a, kw) -> {
            PyObject p = one(rt, "stat", positional(a, kw));
            boolean follow = !(kw != null && kw.length > 0 && kw[kw.length - 1].equals("follow_symlinks") && !Ops.truth(rt, a[a.length - 1]));
            if (p instanceof PyInt i) {
                return StatResult.of(rt, statResult, get(rt, null, () -> files.fstat((int) i.small)));
            }
            return StatResult.of(rt, statResult, get(rt, p, () -> files.stat(path(rt, p), follow)));
        });
        m.def("lstat", (a, kw) -> {
            PyObject p = one(rt, "lstat", positional(a, kw));
            return StatResult.of(rt, statResult, get(rt, p, () -> files.stat(path(rt, p), false)));
        });
        m.def("fstat", (a, kw) -> {
            int fd = fd(rt, one(rt, "fstat", a));
            return StatResult.of(rt, statResult, get(rt, null, () -> files.fstat(fd)));
        });
        m.def("mkdir", (a, kw) -> {
            PyObject p = a[0];
            call(rt, p, null, () -> files.mkdir(path(rt, p)));
            return PyNone.NONE;
        });
        m.def("rmdir", (a, kw) -> {
            PyObject p = one(rt, "rmdir", a);
            call(rt, p, null, () -> files.rmdir(path(rt, p)));
            return PyNone.NONE;
        });
        for (String name : new String[] {"remove", "unlink"}) {
            m.def(name, (a, kw) -> {
                PyObject p = one(rt, name, a);
                call(rt, p, null, () -> files.remove(path(rt, p)));
                return PyNone.NONE;
            });
        }
        for (String name : py2 ? new String[] {"rename"} : new String[] {"rename", "replace"}) {
            m.def(name, (a, kw) -> {
                if (a.length < 2) {
                    throw PyError.raise("TypeError", name + "() missing required argument 'dst' (pos 2)");
                }
                // 2.7 names no file in rename's error; 3.x names both
                call(rt, py2 ? null : a[0], py2 ? null : a[1], () -> files.rename(path(rt, a[0]), path(rt, a[1])));
                return PyNone.NONE;
            });
        }
        m.def("access", (a, kw) -> {
            PyObject p = a[0];
            long mode = a.length > 1 ? ((PyInt) a[1]).small : 0;
            return PyBool.of(get(rt, p, () -> files.access(path(rt, p), (int) mode)));
        });
        m.def("chmod", (a, kw) -> {
            PyObject p = a[0];
            long mode = ((PyInt) a[1]).small;
            call(rt, p, null, () -> files.chmod(path(rt, p), (int) mode));
            return PyNone.NONE;
        });
        m.def("utime", (a, kw) -> {
            PyObject p = a[0];
            PyObject times = a.length > 1 ? a[1] : PyNone.NONE;
            long now = TimeModule.epochNanos();
            long at = now;
            long mt = now;
            if (times instanceof PyTuple t && t.size() == 2) {
                at = (long) seconds(rt, t.get(0));
                mt = (long) seconds(rt, t.get(1));
            } else if (times != PyNone.NONE) {
                throw PyError.raise("TypeError", "utime: 'times' must be either a tuple of two ints or None");
            }
            long fa = at;
            long fm = mt;
            call(rt, p, null, () -> files.utime(path(rt, p), fa, fm));
            return PyNone.NONE;
        });
        m.def("ftruncate", (a, kw) -> {
            int fd = fd(rt, a[0]);
            long n = ((PyInt) a[1]).small;
            call(rt, null, null, () -> files.truncate(fd, n));
            return PyNone.NONE;
        });
        m.def("fsync", (a, kw) -> {
            int fd = fd(rt, one(rt, "fsync", a));
            call(rt, null, null, () -> files.flush(fd));
            return PyNone.NONE;
        });
        int[] umask = {022};
        m.def("umask", (a, kw) -> {
            int old = umask[0];
            umask[0] = (int) ((PyInt) one(rt, "umask", a)).small & 0777;
            return PyInt.of(old);
        });
        m.def("getuid", (a, kw) -> PyInt.of(files.processId("uid")));
        m.def("geteuid", (a, kw) -> PyInt.of(files.processId("uid")));
        m.def("getgid", (a, kw) -> PyInt.of(files.processId("gid")));
        m.def("getegid", (a, kw) -> PyInt.of(files.processId("gid")));
        m.def("strerror", (a, kw) -> Strings.text(rt, HostFiles.strerror((int) ((PyInt) one(rt, "strerror", a)).small)));
        m.def("getpid", (a, kw) -> PyInt.of(files.getpid()));
        m.def("uname", (a, kw) -> {
            String[] u = files.uname();
            PyObject[] items = new PyObject[u.length];
            for (int i = 0; i < u.length; i++) {
                items[i] = Strings.text(rt, u[i]);
            }
            // 2.7: a plain tuple; 3.x: posix.uname_result with named fields
            return rt.lang.major() == 2 ? org.pyvm.core.objects.PyTuple.of(items) : new org.pyvm.core.runtime.StructSequence(rt,
                    "posix.uname_result", new String[] {"sysname", "nodename", "release", "version", "machine"}, items);
        });
        m.def("getppid", (a, kw) -> PyInt.of(ProcessHandle.current().parent().map(ProcessHandle::pid).orElse(1L)));
        m.def("urandom", (a, kw) -> {
            long n = ((PyInt) one(rt, "urandom", a)).small;
            if (n < 0) {
                throw PyError.raise("ValueError", "negative argument not allowed");
            }
            return PyBytes.of(files.urandom((int) n));
        });
        m.def("open", (a, kw) -> {
            PyObject p = a[0];
            long flags = ((PyInt) a[1]).small;
            return PyInt.of(get(rt, p, () -> files.open(path(rt, p), (int) flags)));
        });
        if (py2) {
            m.def("fdopen", (a, kw) -> {
                CArgs.countBefore37(null, a, 1, 3); // posix_fdopen's format "i|si" has no name
                int fd = fd(rt, a[0]);
                String mode = a.length > 1 ? Ops.str(rt, a[1]) : "r";
                if (!files.isOpen(fd)) {
                    throw error(rt, new HostFiles.Failure(9), null, null); // EBADF, as every other call on a closed descriptor
                }
                return org.pyvm.core.modules.io.IoModule.fdopen27(rt, fd, mode);
            });
        }
        m.def("close", (a, kw) -> {
            int fd = fd(rt, one(rt, "close", a));
            call(rt, null, null, () -> files.close(fd));
            return PyNone.NONE;
        });
        m.def("read", (a, kw) -> {
            int fd = fd(rt, a[0]);
            long n = ((PyInt) a[1]).small;
            return PyBytes.of(get(rt, null, () -> files.read(fd, Math.max(0, n))));
        });
        m.def("write", (a, kw) -> {
            int fd = fd(rt, a[0]);
            if (!(a[1] instanceof PyBytes b)) {
                throw PyError.raise("TypeError", py2 ? "must be string or buffer, not " + Ops.typeName(rt, a[1])
                        : "a bytes-like object is required, not '" + Ops.typeName(rt, a[1]) + "'");
            }
            return PyInt.of(get(rt, null, () -> files.write(fd, b.bytes())));
        });
        m.def("lseek", (a, kw) -> {
            int fd = fd(rt, a[0]);
            long pos = ((PyInt) a[1]).small;
            long how = ((PyInt) a[2]).small;
            return PyInt.of(get(rt, null, () -> files.lseek(fd, pos, (int) how)));
        });
        m.def("isatty", (a, kw) -> {
            int fd = fd(rt, one(rt, "isatty", a));
            return PyBool.of(files.isOpen(fd) && files.isatty(fd));
        });
        if (!py2) {
            // 3.4/3.5+; 3.6's asyncio (unix_events) imports fcntl when os lacks set_blocking or set_inheritable
            flagOfDescriptor(m, rt, "blocking", files::blocking, files::setBlocking);
            flagOfDescriptor(m, rt, "inheritable", files::inheritable, files::setInheritable);
        }
        m.def("_exit", (a, kw) -> {
            throw PyError.raiseArgs("SystemExit", a.length == 0 ? PyInt.of(0) : a[0]);
        });
        if (!py2 && rt.lang.minor() >= 6) {
            m.def("fspath", (a, kw) -> {
                PyObject p = one(rt, "fspath", a);
                if (p instanceof PyStr || p instanceof PyBytes) {
                    return p;
                }
                PyObject f = rt.types.of(p).lookup("__fspath__");
                if (f == null) {
                    throw PyError.raise("TypeError", "expected str, bytes or os.PathLike object, not " + Ops.typeName(rt, p));
                }
                PyObject r = Ops.call(rt, f, p);
                if (!(r instanceof PyStr || r instanceof PyBytes)) {
                    throw PyError.raise("TypeError", "expected " + rt.types.of(p).name(rt.lang) + ".__fspath__() to return str or bytes, not "
                            + Ops.typeName(rt, r));
                }
                return r;
            });
        }
        if (!py2) {
            PyType dirEntry = DirEntry.type(rt, statResult);
            m.put("DirEntry", dirEntry); // os.DirEntry (3.11's shutil.copyfile asks isinstance(src, os.DirEntry))
            m.def("scandir", (a, kw) -> {
                PyObject p = a.length == 0 || a[0] == PyNone.NONE ? PyStr.of(".") : a[0];
                String dir = path(rt, p);
                List<String> names = get(rt, p, () -> files.listdir(dir));
                boolean bytes = p instanceof PyBytes;
                List<PyObject> entries = new ArrayList<>();
                for (String n : names) {
                    String full = dir.endsWith("/") ? dir + n : dir + "/" + n;
                    entries.add(new DirEntry(rt, dirEntry, statResult, n, full, bytes));
                }
                return DirEntry.iterator(rt, entries);
            });
            m.def("cpu_count", (a, kw) -> PyInt.of(java.lang.Runtime.getRuntime().availableProcessors()));
            m.put("_have_functions", PyList.of(List.of()));
            if (rt.lang.minor() >= 9) {
                m.def("waitstatus_to_exitcode", (a, kw) -> {
                    long st = ModuleSupport.index(rt, one(rt, "waitstatus_to_exitcode", a));
                    if ((st & 0x7f) == 0) {
                        return PyInt.of((st >> 8) & 0xff);
                    }
                    if (((st & 0x7f) + 1) >> 1 > 0 && (st & 0xff) != 0x7f) {
                        return PyInt.of(-(st & 0x7f));
                    }
                    throw PyError.raise("ValueError", "invalid wait status: " + st);
                });
            }
        }
        // the wait-status macros and waitpid, which subprocess takes at import; pyvm starts no process to wait for
        m.put("WNOHANG", PyInt.of(1));
        m.put("WUNTRACED", PyInt.of(2));
        m.put("WCONTINUED", PyInt.of(8));
        String[] macros = {"WIFEXITED", "WEXITSTATUS", "WIFSIGNALED", "WTERMSIG", "WIFSTOPPED", "WSTOPSIG", "WCOREDUMP", "WIFCONTINUED"};
        for (String macro : macros) {
            m.def(macro, (a, kw) -> {
                long st = ModuleSupport.index(rt, one(rt, macro, a));
                switch (macro) {
                    case "WIFEXITED":
                        return PyBool.of((st & 0x7f) == 0);
                    case "WEXITSTATUS":
                        return PyInt.of((st >> 8) & 0xff);
                    case "WIFSIGNALED":
                        return PyBool.of(((st & 0x7f) + 1) >> 1 > 0 && (st & 0xff) != 0x7f);
                    case "WTERMSIG":
                        return PyInt.of(st & 0x7f);
                    case "WIFSTOPPED":
                        return PyBool.of((st & 0xff) == 0x7f);
                    case "WSTOPSIG":
                        return PyInt.of((st >> 8) & 0xff);
                    case "WCOREDUMP":
                        return PyBool.of((st & 0x80) != 0);
                    default:
                        return PyBool.of(st == 0xffff);
                }
            });
        }
        m.def("waitpid", (a, kw) -> {
            throw PyError.of(Ops.call(rt, rt.types.exceptions.get(rt.lang.major() == 2 ? "OSError" : "ChildProcessError"),
                    PyInt.of(10), Strings.text(rt, "No child processes")));
        });
        PyDict environ = PyDict.of(rt.lang, List.of());
        for (Map.Entry<String, String> e : files.environ().entrySet()) {
            environ.put(envText(rt, e.getKey()), envText(rt, e.getValue()));
        }
        m.put("environ", environ);
        // the JVM's environment cannot change: os.environ keeps the VM's view (a sandbox refuses the change)
        m.def("putenv", (a, kw) -> {
            files.changeEnvironment(a.length == 0 ? "" : a[0] instanceof org.pyvm.core.objects.PyBytes b
                    ? new String(b.bytes(), java.nio.charset.StandardCharsets.ISO_8859_1) : Ops.str(rt, a[0]));
            return PyNone.NONE;
        });
        m.def("unsetenv", (a, kw) -> {
            files.changeEnvironment(a.length == 0 ? "" : a[0] instanceof org.pyvm.core.objects.PyBytes b
                    ? new String(b.bytes(), java.nio.charset.StandardCharsets.ISO_8859_1) : Ops.str(rt, a[0]));
            return PyNone.NONE;
        });
        long[][] constants = {{0, 'F'}, {1, 'X'}, {2, 'W'}, {4, 'R'}};
        for (long[] c : constants) {
            m.put((char) c[1] + "_OK", PyInt.of(c[0]));
        }
        Object[][] flags = {{"O_RDONLY", HostFiles.O_RDONLY}, {"O_WRONLY", HostFiles.O_WRONLY}, {"O_RDWR", HostFiles.O_RDWR},
            {"O_CREAT", HostFiles.O_CREAT}, {"O_EXCL", HostFiles.O_EXCL}, {"O_TRUNC", HostFiles.O_TRUNC},
            {"O_APPEND", HostFiles.O_APPEND}, {"O_NONBLOCK", 04000}, {"O_NDELAY", 04000}, {"O_SYNC", 04010000},
            {"O_NOCTTY", 0400}, {"O_ACCMODE", 3}, {"O_NOFOLLOW", 0400000}, {"O_DIRECTORY", 0200000}, {"EX_OK", 0}};
        for (Object[] f : flags) {
            m.put((String) f[0], PyInt.of((Integer) f[1]));
        }
        if (!py2) {
            m.put("O_CLOEXEC", PyInt.of(02000000));
        }
        // posix functions that need a process or a host call pyvm does not make are absent: AttributeError names them
        return m.build();
    }

    /** A time in seconds (int or float) as nanoseconds. */
    private static double seconds(Runtime rt, PyObject o) {
        if (o instanceof PyInt i) {
            return i.small * 1e9;
        }
        if (o instanceof PyFloat f) {
            return f.value * 1e9;
        }
        throw PyError.raise("TypeError", "an integer or float is required");
    }

    /** 3.x's posix.environ holds bytes (os.py decodes them); 2.7's holds str. */
    private static PyObject envText(Runtime rt, String s) {
        return PyBytes.of(s.getBytes(rt.lang.major() == 2 ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8));
    }

    private static PyObject[] positional(PyObject[] a, String[] kw) {
        int n = a.length - (kw == null ? 0 : kw.length);
        return java.util.Arrays.copyOf(a, n);
    }

    private static PyObject one(Runtime rt, String name, PyObject[] a) {
        if (a.length != 1) {
            throw PyError.raise("TypeError", rt.lang.major() == 2 ? name + "() takes exactly 1 argument (" + a.length + " given)"
                    : name + "() takes exactly one argument (" + a.length + " given)");
        }
        return a[0];
    }

    /** os.get_NAME(fd) and os.set_NAME(fd, flag), a flag of an open descriptor, with getargs' (3.6) or Argument Clinic's messages. */
    private static void flagOfDescriptor(ModuleBuilder m, Runtime rt, String name, java.util.function.IntPredicate read,
                                         java.util.function.BiConsumer<Integer, Boolean> write) {
        boolean clinic = rt.lang.minor() >= 7;
        m.def("get_" + name, (a, kw) -> {
            if (a.length != 1) {
                // 3.6: get_blocking parses a tuple, get_inheritable is METH_O; 3.7+ both METH_O, named with the module
                throw PyError.raise("TypeError", clinic ? "posix.get_" + name + "() takes exactly one argument (" + a.length + " given)"
                        : name.equals("blocking") ? "get_blocking() takes exactly 1 argument (" + a.length + " given)"
                        : "get_" + name + "() takes exactly one argument (" + a.length + " given)");
            }
            int fd = fd(rt, a[0]);
            return PyBool.of(get(rt, null, () -> read.test(fd)));
        });
        m.def("set_" + name, (a, kw) -> {
            if (!clinic) {
                CArgs.countBefore37("set_" + name, a, 2, 2);
            } else {
                CArgs.unpack(rt, "set_" + name, a, kw, 2, 2);
            }
            int fd = fd(rt, a[0]);
            boolean on = fd(rt, a[1]) != 0;
            call(rt, null, null, () -> write.accept(fd, on));
            return PyNone.NONE;
        });
    }

    /** A C int argument (getargs' "i", a descriptor or a flag): an int or a bool. */
    private static int fd(Runtime rt, PyObject o) {
        if (o instanceof PyBool b) {
            return b.value ? 1 : 0;
        }
        if (!(o instanceof PyInt i)) {
            String t = Ops.typeName(rt, o);
            boolean before310 = rt.lang.major() == 2 || rt.lang.minor() < 10;
            throw PyError.raise("TypeError", before310 && o instanceof org.pyvm.core.objects.PyFloat ? "integer argument expected, got float"
                    : rt.lang.major() == 2 ? "an integer is required"
                    : !before310 ? "'" + t + "' object cannot be interpreted as an integer" : "an integer is required (got type " + t + ")");
        }
        return (int) i.small;
    }

    /** A path argument: str, bytes, or (3.6+) an os.PathLike. */
    static String path(Runtime rt, PyObject p) {
        if (p instanceof PyStr s) {
            return s.value();
        }
        if (p instanceof PyBytes b) {
            return new String(b.bytes(), rt.lang.major() == 2 ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8);
        }
        if (rt.lang.major() > 2) {
            PyObject f = rt.types.of(p).lookup("__fspath__");
            if (f != null) {
                return path(rt, Ops.call(rt, f, p));
            }
            throw PyError.raise("TypeError", (rt.lang.minor() >= 6 ? "expected str, bytes or os.PathLike object, not "
                    : "bad argument type for built-in operation: ") + Ops.typeName(rt, p));
        }
        throw PyError.raise("TypeError", "coercing to Unicode: need string or buffer, " + Ops.typeName(rt, p) + " found");
    }

    private static void call(Runtime rt, PyObject file, PyObject file2, Runnable r) {
        try {
            r.run();
        } catch (HostFiles.Failure f) {
            throw error(rt, f, file, file2);
        }
    }

    private static <T> T get(Runtime rt, PyObject file, java.util.function.Supplier<T> s) {
        try {
            return s.get();
        } catch (HostFiles.Failure f) {
            throw error(rt, f, file, null);
        }
    }

    private static PyError error(Runtime rt, HostFiles.Failure f, PyObject file, PyObject file2) {
        PyType os = rt.types.exceptions.get("OSError");
        PyObject errno = PyInt.of(f.errno);
        PyObject msg = Strings.text(rt, HostFiles.strerror(f.errno));
        PyObject e = file == null ? Ops.call(rt, os, errno, msg)
                : file2 == null ? Ops.call(rt, os, errno, msg, file) : Ops.call(rt, os, errno, msg, file, PyNone.NONE, file2);
        return PyError.of(e);
    }

    /** os.DirEntry: what scandir() yields, its name, path, kind and stat. */
    static final class DirEntry extends org.pyvm.core.objects.PyInstance {
        private final Runtime rt;
        private final PyType statType;
        private final String name;
        private final String full;
        private final boolean bytes;

        DirEntry(Runtime rt, PyType type, PyType statType, String name, String full, boolean bytes) {
            super(type);
            this.rt = rt;
            this.statType = statType;
            this.name = name;
            this.full = full;
            this.bytes = bytes;
        }

        private PyObject text(String s) {
            return bytes ? PyBytes.of(s.getBytes(StandardCharsets.UTF_8)) : PyStr.of(s);
        }

        private HostFiles.Stat stat(boolean follow) {
            return get(rt, text(full), () -> rt.files.stat(full, follow));
        }

        private boolean kind(PyObject[] a, String[] kw, long mask) {
            boolean follow = !(kw != null && kw.length > 0 && !Ops.truth(rt, a[a.length - 1]));
            try {
                return (rt.files.stat(full, follow).mode() & 0170000) == mask;
            } catch (HostFiles.Failure f) {
                if (f.errno == 2) {
                    return false;
                }
                throw error(rt, f, text(full), null);
            }
        }

        static PyType type(Runtime rt, PyType statType) {
            PyType t = PyType.builtin("DirEntry", null, rt.types.object);
            t.dict.put("__module__", PyStr.of("posix"));
            t.dict.put("name", new Field("name", o -> o.text(o.name)));
            t.dict.put("path", new Field("path", o -> o.text(o.full)));
            method(t, "is_dir", (o, a, kw) -> PyBool.of(o.kind(a, kw, 0040000)));
            method(t, "is_file", (o, a, kw) -> PyBool.of(o.kind(a, kw, 0100000)));
            method(t, "is_symlink", (o, a, kw) -> PyBool.of(o.kind(new PyObject[] {PyBool.FALSE}, new String[] {"follow_symlinks"}, 0120000)));
            method(t, "stat", (o, a, kw) -> StatResult.of(o.rt, o.statType,
                    o.stat(!(kw != null && kw.length > 0 && !Ops.truth(o.rt, a[a.length - 1])))));
            method(t, "inode", (o, a, kw) -> PyInt.of(o.stat(false).ino()));
            method(t, "__fspath__", (o, a, kw) -> o.text(o.full));
            method(t, "__repr__", (o, a, kw) -> PyStr.of("<DirEntry " + Ops.repr(o.rt, o.text(o.name)) + ">"));
            return t;
        }

        @FunctionalInterface
        private interface Body {
            PyObject call(DirEntry self, PyObject[] a, String[] kw);
        }

        private static void method(PyType t, String name, Body body) {
            t.dict.put(name, new org.pyvm.core.objects.PyMethodDescriptor(name, t, (self, a, kw) -> {
                if (!(self instanceof DirEntry d)) {
                    throw PyError.raise("TypeError", "descriptor '" + name + "' requires a 'posix.DirEntry' object");
                }
                return body.call(d, a, kw);
            }));
        }

        /** A read-only attribute of a DirEntry. */
        private static final class Field extends PyObject implements Ops.DataDescriptor {
            private final String name;
            private final java.util.function.Function<DirEntry, PyObject> get;

            Field(String name, java.util.function.Function<DirEntry, PyObject> get) {
                this.name = name;
                this.get = get;
            }

            @Override
            public PyObject get(PyObject obj, PyType type) {
                return obj instanceof DirEntry d ? get.apply(d) : this;
            }

            @Override
            public void set(PyObject obj, PyObject value) {
                throw PyError.raise("AttributeError", "readonly attribute");
            }

            @Override
            public String typeName(org.pyvm.core.objects.Language lang) {
                return "member_descriptor";
            }

            @Override
            public String repr(org.pyvm.core.objects.Language lang) {
                return "<member '" + name + "' of 'posix.DirEntry' objects>";
            }
        }

        /** scandir's iterator: iterable once, and a context manager (close() ends it). */
        static PyObject iterator(Runtime rt, List<PyObject> entries) {
            PyType t = rt.types.kind("ScandirIterator");
            if (t.dict.get("__enter__") == null) {
                t.dict.put("__module__", PyStr.of("posix"));
                t.dict.put("__iter__", new org.pyvm.core.objects.PyMethodDescriptor("__iter__", t, (self, a, kw) -> self));
                t.dict.put("__next__", new org.pyvm.core.objects.PyMethodDescriptor("__next__", t, (self, a, kw) -> {
                    PyObject v = ((Scan) self).next();
                    if (v == null) {
                        throw PyError.raiseArgs("StopIteration");
                    }
                    return v;
                }));
                t.dict.put("__enter__", new org.pyvm.core.objects.PyMethodDescriptor("__enter__", t, (self, a, kw) -> self));
                t.dict.put("__exit__", new org.pyvm.core.objects.PyMethodDescriptor("__exit__", t, (self, a, kw) -> {
                    ((Scan) self).close();
                    return PyNone.NONE;
                }));
                t.dict.put("close", new org.pyvm.core.objects.PyMethodDescriptor("close", t, (self, a, kw) -> {
                    ((Scan) self).close();
                    return PyNone.NONE;
                }));
            }
            return new Scan(t, entries);
        }

        private static final class Scan extends org.pyvm.core.objects.PyInstance {
            private final List<PyObject> entries;
            private int at;

            Scan(PyType t, List<PyObject> entries) {
                super(t);
                this.entries = entries;
            }

            PyObject next() {
                return at < entries.size() ? entries.get(at++) : null;
            }

            void close() {
                at = entries.size();
            }
        }
    }

    /**
     * 3.x os.terminal_size (columns, lines), which shutil.get_terminal_size (argparse's help) builds, and
     * get_terminal_size: a VM's streams are never a terminal it can measure, so it is the OSError (ENOTTY)
     * CPython gives for a redirected stream, and shutil falls back to its default.
     */
    private static void terminalSize(Runtime rt, ModuleBuilder m) {
        String[] fields = {"columns", "lines"};
        PyType t = org.pyvm.core.runtime.StructSequence.newType(rt, "os.terminal_size");
        t.dict.put("n_sequence_fields", PyInt.of(2));
        t.dict.put("n_fields", PyInt.of(2));
        t.dict.put("n_unnamed_fields", PyInt.of(0));
        t.withConstructor((type, a, kw) -> {
            if (a.length == 0) {
                throw PyError.raise("TypeError", "Required argument 'sequence' (pos 1) not found");
            }
            List<PyObject> items = Ops.toList(rt, a[0]);
            if (items.size() != 2) {
                throw PyError.raise("TypeError", "os.terminal_size() takes a 2-sequence (" + items.size() + "-sequence given)");
            }
            return new org.pyvm.core.runtime.StructSequence(rt, "os.terminal_size", fields, type, items.toArray(new PyObject[0]));
        });
        m.put("terminal_size", t);
        m.def("get_terminal_size", (a, kw) -> {
            throw PyError.raiseArgs("OSError", PyInt.of(25), Strings.text(rt, "Inappropriate ioctl for device"));
        });
    }

    /** os.stat_result: a tuple of ten integers with st_* attributes (times also as floats and nanoseconds). */
    static final class StatResult extends org.pyvm.core.runtime.StructSequence {
        private static final String[] FIELDS = {"st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size",
            "st_atime", "st_mtime", "st_ctime"};
        private final Runtime rt;
        private final HostFiles.Stat stat;

        private StatResult(Runtime rt, PyType type, HostFiles.Stat s, PyObject[] items) {
            super(rt, (rt.lang.major() == 2 ? "posix" : "os") + ".stat_result", FIELDS, type, items);
            this.rt = rt;
            this.stat = s;
        }

        static PyType type(Runtime rt) {
            boolean py2 = rt.lang.major() == 2;
            PyType t = newType(rt, (py2 ? "posix" : "os") + ".stat_result");
            t.dict.put("n_sequence_fields", PyInt.of(10));
            t.dict.put("n_fields", PyInt.of(py2 ? 16 : 19));
            t.withConstructor((type, a, kw) -> {
                if (a.length == 0) {
                    throw PyError.raise("TypeError", "Required argument 'sequence' (pos 1) not found");
                }
                List<PyObject> items = Ops.toList(rt, a[0]);
                if (items.size() < 10) {
                    throw PyError.raise("TypeError", (py2 ? "posix" : "os") + ".stat_result() takes an at least 10-sequence ("
                            + items.size() + "-sequence given)");
                }
                long[] v = new long[10];
                for (int i = 0; i < 10; i++) {
                    v[i] = items.get(i) instanceof PyInt n ? n.small : 0;
                }
                HostFiles.Stat s = new HostFiles.Stat(v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7] * 1_000_000_000L,
                        v[8] * 1_000_000_000L, v[9] * 1_000_000_000L);
                return new StatResult(rt, type, s, items.subList(0, 10).toArray(new PyObject[0]));
            });
            return t;
        }

        static StatResult of(Runtime rt, PyType type, HostFiles.Stat s) {
            long[] v = {s.mode(), s.ino(), s.dev(), s.nlink(), s.uid(), s.gid(), s.size(), Math.floorDiv(s.atimeNs(), 1_000_000_000L),
                Math.floorDiv(s.mtimeNs(), 1_000_000_000L), Math.floorDiv(s.ctimeNs(), 1_000_000_000L)};
            PyObject[] items = new PyObject[10];
            for (int i = 0; i < 10; i++) {
                items[i] = PyInt.of(v[i]);
            }
            return new StatResult(rt, type, s, items);
        }

        @Override
        public PyObject attribute(String name) {
            switch (name) {
                case "st_atime":
                    return PyFloat.of(stat.atimeNs() / 1e9);
                case "st_mtime":
                    return PyFloat.of(stat.mtimeNs() / 1e9);
                case "st_ctime":
                    return PyFloat.of(stat.ctimeNs() / 1e9);
                case "st_blksize":
                    return PyInt.of(4096);
                case "st_blocks":
                    return PyInt.of((stat.size() + 511) / 512);
                case "st_rdev":
                    return PyInt.of(0);
                default:
                    break;
            }
            if (rt.lang.major() > 2) {
                switch (name) {
                    case "st_atime_ns":
                        return PyInt.of(stat.atimeNs());
                    case "st_mtime_ns":
                        return PyInt.of(stat.mtimeNs());
                    case "st_ctime_ns":
                        return PyInt.of(stat.ctimeNs());
                    default:
                        break;
                }
            }
            return super.attribute(name);
        }
    }
}
