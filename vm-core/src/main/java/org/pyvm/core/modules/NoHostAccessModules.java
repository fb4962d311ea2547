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
 * 3.x's {@code _socket}, {@code select} and {@code _posixsubprocess} as far as importing them goes: pyvm opens no
 * sockets, waits on no descriptors and starts no processes, but the standard library imports these modules on the
 * way to much else (unittest.mock imports asyncio, which imports socket, selectors and subprocess). Each has
 * Linux's constants and its exceptions; making a socket, calling select() or starting a process is an OSError
 * that says pyvm cannot do it.
 */
public final class NoHostAccessModules {
    private NoHostAccessModules() {
    }

    private static PyError cannot(Runtime rt, String what) {
        return PyError.of(Ops.call(rt, rt.types.exceptions.get("OSError"), PyInt.of(38), Strings.text(rt, "pyvm cannot " + what)));
    }

    /** {@code _socket}: the socket type (a base class socket.py derives from), constants, errors, timeouts. */
    public static PyModule socket(Runtime rt) {
        ModuleBuilder m = new ModuleBuilder(rt, "_socket");
        PyType socket = ModuleSupport.type(rt, "_socket", "socket", rt.types.object);
        final class Socket extends ModuleSupport.NativeInstance {
            Socket(PyType type) {
                super(type);
            }
        }
        socket.withConstructor((type, a, kw) -> {
            Socket s = new Socket(type);
            if (type.lookup("__init__") instanceof org.pyvm.core.objects.PyMethodDescriptor own && own.owner() == socket) {
                throw cannot(rt, "open sockets");
            }
            ModuleSupport.initSubclass(rt, socket, type, s, a, kw);
            return s;
        });
        socket.dict.put("__init__", new org.pyvm.core.objects.PyMethodDescriptor("__init__", socket, (self, a, kw) -> {
            throw cannot(rt, "open sockets");
        }));
        m.put("socket", socket);
        m.put("SocketType", socket);
        m.put("error", rt.types.exceptions.get("OSError"));
        PyType oserror = rt.types.exceptions.get("OSError");
        m.put("herror", ModuleSupport.exception(rt, "socket", "herror", oserror));
        m.put("gaierror", ModuleSupport.exception(rt, "socket", "gaierror", oserror));
        m.put("timeout", rt.lang.minor() >= 10 ? rt.types.exceptions.get("TimeoutError")
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
            "getservbyname", "getservbyport", "getprotobyname", "socketpair", "dup", "if_nameindex"}) {
            m.def(name, (a, kw) -> {
                throw cannot(rt, "use the network (" + name + ")");
            });
        }
        return m.build();
    }

    /** {@code select}: select() only (no poll or epoll, so selectors settles on SelectSelector). */
    public static PyModule select(Runtime rt) {
        ModuleBuilder m = new ModuleBuilder(rt, "select");
        m.put("error", rt.types.exceptions.get("OSError"));
        m.put("PIPE_BUF", PyInt.of(4096));
        m.def("select", (a, kw) -> {
            throw cannot(rt, "wait on file descriptors (select)");
        });
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
