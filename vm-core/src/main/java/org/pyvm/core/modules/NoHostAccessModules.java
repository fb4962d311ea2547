package org.pyvm.core.modules;

import org.pyvm.core.objects.PyBool;
import org.pyvm.core.objects.PyError;
import org.pyvm.core.objects.PyInt;
import org.pyvm.core.objects.PyModule;
import org.pyvm.core.objects.PyNone;
import org.pyvm.core.objects.PyObject;
import org.pyvm.core.objects.PyType;
import org.pyvm.core.runtime.Ops;
import org.pyvm.core.runtime.Runtime;
import org.pyvm.core.runtime.Strings;

/**
 * {@code _socket}, {@code select}, 3.x's {@code _multiprocessing} and {@code _posixsubprocess}, and 2.7's {@code cPickle},
 * as far as importing them goes: pyvm opens no
 * network sockets and starts no processes, but the standard library imports these modules on the way to much
 * else (unittest.mock imports asyncio, which imports socket, selectors and subprocess). Each has Linux's constants
 * and its exceptions. {@code socketpair()} gives two ends joined in memory and {@code select()} waits on them (or
 * sleeps out its timeout), which is what asyncio's event loop needs to run coroutines; opening a network socket or
 * starting a process is an OSError that says pyvm cannot do it.
 */
public final class NoHostAccessModules {
    private NoHostAccessModules() {
    }

    private static long fdOf(Runtime rt, PyObject o) {
        if (o instanceof PyInt) {
            return ModuleSupport.index(rt, o);
        }
        return ModuleSupport.index(rt, Ops.callMethod(rt, o, "fileno"));
    }

    private static PyError oserror(Runtime rt, String type, int errno, String message) {
        PyType t = rt.types.exceptions.get(type);
        return PyError.of(Ops.call(rt, t != null ? t : rt.types.exceptions.get("OSError"), PyInt.of(errno), Strings.text(rt, message))); // 2.7 has no BlockingIOError
    }

    /** _socket.socket(family, type, proto, fileno): only an end of a socketpair() can be taken over by its number. */
    private static void init(Runtime rt, Sockets open, Socket s, PyObject[] a, String[] kw) {
        PyObject[] v = CArgs.keywords(rt, "socket", a, kw, 0, "family", "type", "proto", "fileno");
        if (v[3] != null && v[3] != PyNone.NONE) {
            int fd = (int) ModuleSupport.index(rt, v[3]);
            Socket other = open.byFd.get(fd);
            if (other == null || other == s) {
                throw oserror(rt, "OSError", 9, "Bad file descriptor");
            }
            s.adopt(other);
            s.fd = fd;
            open.byFd.put(fd, s);
            return;
        }
        throw cannot(rt, "open sockets");
    }

    private static PyError cannot(Runtime rt, String what) {
        return PyError.of(Ops.call(rt, rt.types.exceptions.get("OSError"), PyInt.of(38), Strings.text(rt, "pyvm cannot " + what)));
    }

    /**
     * A socket of a {@code socketpair()}: the one kind pyvm has, two ends joined in memory (asyncio's event loop
     * wakes itself through one). Bytes sent on one end wait in the other's inbox.
     */
    static final class Socket extends ModuleSupport.NativeInstance {
        int fd = -1;
        long family = 1;
        long kind = 1;
        long proto;
        boolean blocking = true;
        PyObject timeout = PyNone.NONE;
        Socket peer;
        boolean peerClosed;
        final java.io.ByteArrayOutputStream inbox = new java.io.ByteArrayOutputStream();

        Socket(PyType type) {
            super(type);
        }

        void adopt(Socket other) {
            fd = other.fd;
            family = other.family;
            kind = other.kind;
            proto = other.proto;
            peer = other.peer;
            peerClosed = other.peerClosed;
            inbox.writeBytes(other.inbox.toByteArray());
            if (peer != null) {
                peer.peer = this;
            }
        }
    }

    /** The open socketpair() ends of one VM, by their descriptor numbers: its _socket and select share them. */
    public static final class Sockets {
        final java.util.Map<Integer, Socket> byFd = new java.util.HashMap<>();
        int nextFd = 1000;
    }

    /** {@code _socket}: the socket type (a base class socket.py derives from), constants, errors, timeouts, socketpair. */
    public static PyModule socket(Runtime rt, Sockets open) {
        ModuleBuilder m = new ModuleBuilder(rt, "_socket");
        PyType socket = ModuleSupport.type(rt, "_socket", "socket", rt.types.object);
        socket.withConstructor((type, a, kw) -> {
            Socket s = new Socket(type);
            if (type.lookup("__init__") instanceof org.pyvm.core.objects.PyMethodDescriptor own && own.owner() == socket) {
                init(rt, open, s, a, kw);
            } else {
                ModuleSupport.initSubclass(rt, socket, type, s, a, kw);
            }
            return s;
        });
        ModuleSupport.method(socket, "__init__", Socket.class, (s, a, kw) -> {
            init(rt, open, s, a, kw);
            return PyNone.NONE;
        });
        ModuleSupport.method(socket, "fileno", Socket.class, (s, a, kw) -> PyInt.of(s.fd));
        ModuleSupport.method(socket, "detach", Socket.class, (s, a, kw) -> {
            int fd = s.fd;
            s.fd = -1;
            return PyInt.of(fd);
        });
        ModuleSupport.method(socket, "close", Socket.class, (s, a, kw) -> {
            if (s.fd >= 0) {
                open.byFd.remove(s.fd);
                s.fd = -1;
                if (s.peer != null) {
                    s.peer.peerClosed = true;
                }
            }
            return PyNone.NONE;
        });
        ModuleSupport.method(socket, "setblocking", Socket.class, (s, a, kw) -> {
            ModuleSupport.count(rt, "setblocking", a, kw, 1, 1);
            s.blocking = Ops.truth(rt, a[0]);
            s.timeout = s.blocking ? PyNone.NONE : org.pyvm.core.objects.PyFloat.of(0.0);
            return PyNone.NONE;
        });
        ModuleSupport.method(socket, "getblocking", Socket.class, (s, a, kw) -> PyBool.of(s.blocking));
        ModuleSupport.method(socket, "settimeout", Socket.class, (s, a, kw) -> {
            ModuleSupport.count(rt, "settimeout", a, kw, 1, 1);
            s.timeout = a[0];
            s.blocking = a[0] == PyNone.NONE;
            return PyNone.NONE;
        });
        ModuleSupport.method(socket, "gettimeout", Socket.class, (s, a, kw) -> s.timeout);
        ModuleSupport.method(socket, "send", Socket.class, (s, a, kw) -> {
            byte[] data = ModuleSupport.bytes(rt, a[0]);
            if (s.fd < 0) {
                throw oserror(rt, "OSError", 9, "Bad file descriptor");
            }
            if (s.peer == null || s.peerClosed) {
                throw oserror(rt, "BrokenPipeError", 32, "Broken pipe");
            }
            s.peer.inbox.writeBytes(data);
            return PyInt.of(data.length);
        });
        socket.dict.put("sendall", new org.pyvm.core.objects.PyMethodDescriptor("sendall", socket, (self, a, kw) -> {
            Ops.callMethod(rt, self, "send", a);
            return PyNone.NONE;
        }));
        ModuleSupport.method(socket, "recv", Socket.class, (s, a, kw) -> {
            int n = (int) ModuleSupport.index(rt, a[0]);
            if (s.fd < 0) {
                throw oserror(rt, "OSError", 9, "Bad file descriptor");
            }
            byte[] have = s.inbox.toByteArray();
            if (have.length == 0) {
                if (s.peerClosed || s.peer == null) {
                    return org.pyvm.core.objects.PyBytes.of(new byte[0]);
                }
                if (!s.blocking) {
                    throw oserror(rt, "BlockingIOError", 11, "Resource temporarily unavailable");
                }
                throw cannot(rt, "wait for data that nothing in this program can send");
            }
            int k = Math.min(n, have.length);
            s.inbox.reset();
            s.inbox.write(have, k, have.length - k);
            return org.pyvm.core.objects.PyBytes.of(java.util.Arrays.copyOf(have, k));
        });
        for (String name : new String[] {"setsockopt", "shutdown"}) {
            ModuleSupport.method(socket, name, Socket.class, (s, a, kw) -> PyNone.NONE);
        }
        ModuleSupport.method(socket, "getsockopt", Socket.class, (s, a, kw) -> PyInt.of(0));
        ModuleSupport.method(socket, "getsockname", Socket.class, (s, a, kw) -> Strings.text(rt, ""));
        ModuleSupport.method(socket, "getpeername", Socket.class, (s, a, kw) -> Strings.text(rt, ""));
        socket.dict.put("family", new Getter(o -> PyInt.of(((Socket) o).family)));
        socket.dict.put("type", new Getter(o -> PyInt.of(((Socket) o).kind)));
        socket.dict.put("proto", new Getter(o -> PyInt.of(((Socket) o).proto)));
        socket.dict.put("timeout", new Getter(o -> ((Socket) o).timeout));
        // what only a network socket does; socket.py (2.7) copies each method's __doc__ from these
        for (String name : new String[] {"bind", "connect", "connect_ex", "listen", "_accept", "accept", "recvfrom", "recv_into",
            "recvfrom_into", "sendto"}) {
            socket.dict.put(name, new org.pyvm.core.objects.PyMethodDescriptor(name, socket, (self, a, kw) -> {
                throw cannot(rt, "use the network (socket." + name + ")");
            }));
        }
        m.put("socket", socket);
        m.put("SocketType", socket);
        m.def("socketpair", (a, kw) -> {
            Socket x = new Socket(socket);
            Socket y = new Socket(socket);
            for (Socket s : new Socket[] {x, y}) {
                s.fd = open.nextFd++;
                s.family = a.length > 0 && a[0] != PyNone.NONE ? ModuleSupport.index(rt, a[0]) : 1;
                s.kind = a.length > 1 ? ModuleSupport.index(rt, a[1]) : 1;
                s.proto = a.length > 2 ? ModuleSupport.index(rt, a[2]) : 0;
                open.byFd.put(s.fd, s);
            }
            x.peer = y;
            y.peer = x;
            return org.pyvm.core.objects.PyTuple.of(x, y);
        });
        boolean py2 = rt.lang.major() == 2;
        // 2.7's socket.error is its own subclass of IOError; 3.x's is OSError itself
        PyType oserror = py2 ? ModuleSupport.exception(rt, "socket", "error", rt.types.exceptions.get("IOError"))
                : rt.types.exceptions.get("OSError");
        m.put("error", oserror);
        m.put("herror", ModuleSupport.exception(rt, "socket", "herror", oserror));
        m.put("gaierror", ModuleSupport.exception(rt, "socket", "gaierror", oserror));
        m.put("timeout", !py2 && rt.lang.minor() >= 10 ? rt.types.exceptions.get("TimeoutError")
                : ModuleSupport.exception(rt, "socket", "timeout", oserror));
        String constants = "AF_UNSPEC=0 AF_UNIX=1 AF_INET=2 AF_INET6=10 AF_NETLINK=16 AF_PACKET=17"
                + " SOCK_STREAM=1 SOCK_DGRAM=2 SOCK_RAW=3 SOCK_RDM=4 SOCK_SEQPACKET=5 SOCK_NONBLOCK=2048 SOCK_CLOEXEC=524288"
                + " MSG_OOB=1 MSG_PEEK=2 MSG_DONTROUTE=4 MSG_CTRUNC=8 MSG_TRUNC=32 MSG_DONTWAIT=64 MSG_EOR=128 MSG_WAITALL=256"
                + " MSG_NOSIGNAL=16384 MSG_CMSG_CLOEXEC=1073741824"
                + " AI_PASSIVE=1 AI_CANONNAME=2 AI_NUMERICHOST=4 AI_V4MAPPED=8 AI_ALL=16 AI_ADDRCONFIG=32 AI_NUMERICSERV=1024"
                + " NI_NUMERICHOST=1 NI_NUMERICSERV=2 NI_NOFQDN=4 NI_NAMEREQD=8 NI_DGRAM=16 NI_MAXHOST=1025 NI_MAXSERV=32"
                + " SOL_SOCKET=1 SOL_IP=0 SOL_TCP=6 SOL_UDP=17 SO_DEBUG=1 SO_REUSEADDR=2 SO_TYPE=3 SO_ERROR=4 SO_DONTROUTE=5"
                + " SO_BROADCAST=6 SO_SNDBUF=7 SO_RCVBUF=8 SO_KEEPALIVE=9 SO_OOBINLINE=10 SO_LINGER=13 SO_REUSEPORT=15"
                + " SO_RCVLOWAT=18 SO_SNDLOWAT=19 SO_RCVTIMEO=20 SO_SNDTIMEO=21 SO_ACCEPTCONN=30 SCM_RIGHTS=1"
                + " IPPROTO_IP=0 IPPROTO_ICMP=1 IPPROTO_TCP=6 IPPROTO_UDP=17 IPPROTO_IPV6=41 IPPROTO_RAW=255"
                + " IPV6_V6ONLY=26 IP_TTL=2 IP_TOS=1 TCP_NODELAY=1 TCP_MAXSEG=2 TCP_KEEPIDLE=4 TCP_KEEPINTVL=5 TCP_KEEPCNT=6"
                + " SHUT_RD=0 SHUT_WR=1 SHUT_RDWR=2 SOMAXCONN=4096 INADDR_ANY=0 INADDR_BROADCAST=4294967295"
                + " INADDR_LOOPBACK=2130706433 INADDR_NONE=4294967295 EAI_AGAIN=-3 EAI_FAIL=-4 EAI_FAMILY=-6 EAI_NONAME=-2"
                + " EAI_SERVICE=-8 EAI_SOCKTYPE=-7";
        for (String entry : constants.split(" ")) {
            int eq = entry.indexOf('=');
            m.put(entry.substring(0, eq), PyInt.of(Long.parseLong(entry.substring(eq + 1))));
        }
        m.put("has_ipv6", PyBool.TRUE);
        PyObject[] timeout = {PyNone.NONE};
        m.def("getdefaulttimeout", (a, kw) -> timeout[0]);
        m.def("setdefaulttimeout", (a, kw) -> {
            ModuleSupport.count(rt, "setdefaulttimeout", a, kw, 1, 1);
            timeout[0] = a[0];
            return PyNone.NONE;
        });
        m.def("gethostname", (a, kw) -> Strings.text(rt, "localhost"));
        for (String name : new String[] {"htons", "ntohs", "htonl", "ntohl"}) {
            boolean shortInt = name.endsWith("s");
            m.def(name, (a, kw) -> {
                ModuleSupport.count(rt, name, a, kw, 1, 1);
                long x = ModuleSupport.index(rt, a[0]);
                return PyInt.of(shortInt ? Short.toUnsignedInt(Short.reverseBytes((short) x))
                        : Integer.toUnsignedLong(Integer.reverseBytes((int) x)));
            });
        }
        for (String name : new String[] {"getaddrinfo", "gethostbyname", "gethostbyname_ex", "gethostbyaddr", "getnameinfo",
            "getservbyname", "getservbyport", "getprotobyname", "dup", "if_nameindex"}) {
            m.def(name, (a, kw) -> {
                throw cannot(rt, "use the network (" + name + ")");
            });
        }
        return m.build();
    }

    /** {@code select}: select() only (no poll or epoll, so selectors settles on SelectSelector). */
    public static PyModule select(Runtime rt, Sockets open) {
        ModuleBuilder m = new ModuleBuilder(rt, "select");
        m.put("error", rt.types.exceptions.get("OSError"));
        m.put("PIPE_BUF", PyInt.of(4096));
        m.def("select", (a, kw) -> {
            if (a.length < 3 || a.length > 4) {
                throw PyError.raise("TypeError", "select expected at least 3 arguments, got " + a.length);
            }
            double timeout = -1;
            if (a.length == 4 && a[3] != PyNone.NONE) {
                timeout = a[3] instanceof org.pyvm.core.objects.PyFloat f ? f.value : ModuleSupport.index(rt, a[3]);
                if (timeout < 0) {
                    throw PyError.raise("ValueError", "timeout must be non-negative");
                }
            }
            java.util.List<PyObject> readable = new java.util.ArrayList<>();
            java.util.List<PyObject> writable = new java.util.ArrayList<>();
            for (PyObject o : Ops.toList(rt, a[0])) {
                Socket s = open.byFd.get((int) fdOf(rt, o));
                if (s == null || s.inbox.size() > 0 || s.peerClosed) {
                    readable.add(o); // a file is always ready
                }
            }
            writable.addAll(Ops.toList(rt, a[1]));
            Ops.toList(rt, a[2]);
            if (readable.isEmpty() && writable.isEmpty()) {
                if (timeout < 0) {
                    throw cannot(rt, "wait for ever on descriptors that nothing in this program can make ready");
                }
                try {
                    Thread.sleep((long) (timeout * 1000), (int) ((timeout * 1e9) % 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return org.pyvm.core.objects.PyTuple.of(org.pyvm.core.objects.PyList.of(readable),
                    org.pyvm.core.objects.PyList.of(writable), org.pyvm.core.objects.PyList.of(new java.util.ArrayList<>()));
        });
        return m.build();
    }

    /**
     * {@code _multiprocessing}: its flags, so that multiprocessing.connection imports (3.6's concurrent.futures, and so
     * asyncio, import it); without SemLock, multiprocessing.synchronize refuses to import as on a platform without
     * sem_open.
     */
    public static PyModule multiprocessing(Runtime rt) {
        ModuleBuilder m = new ModuleBuilder(rt, "_multiprocessing");
        m.put("flags", org.pyvm.core.objects.PyDict.of(rt.lang, java.util.List.of()));
        return m.build();
    }

    /**
     * 2.7's {@code cPickle}: pickle.py's picklers under cPickle's name (the same pickles for the data programs
     * pickle), with cPickle's own BadPickleGet and UnpickleableError.
     */
    public static PyModule cPickle(Runtime rt) {
        ModuleBuilder m = new ModuleBuilder(rt, "cPickle");
        PyObject pickle = Ops.call(rt, rt.builtins.get(rt.name("__import__")), Strings.text(rt, "pickle"));
        for (String name : new String[] {"dump", "dumps", "load", "loads", "Pickler", "Unpickler", "PickleError", "PicklingError",
            "UnpicklingError", "HIGHEST_PROTOCOL", "format_version", "compatible_formats"}) {
            m.put(name, Ops.getattr(rt, pickle, name));
        }
        m.put("__version__", Strings.text(rt, "1.71"));
        m.put("BadPickleGet", ModuleSupport.exception(rt, "cPickle", "BadPickleGet", (PyType) Ops.getattr(rt, pickle, "UnpicklingError")));
        m.put("UnpickleableError", ModuleSupport.exception(rt, "cPickle", "UnpickleableError", (PyType) Ops.getattr(rt, pickle, "PicklingError")));
        return m.build();
    }

    /** {@code _posixsubprocess}: fork_exec, which subprocess imports; pyvm starts no process. */
    public static PyModule posixSubprocess(Runtime rt) {
        ModuleBuilder m = new ModuleBuilder(rt, "_posixsubprocess");
        m.def("fork_exec", (a, kw) -> {
            throw cannot(rt, "start processes");
        });
        return m.build();
    }
}
