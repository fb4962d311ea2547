package org.pyvm.core.modules;

import java.util.List;
import org.pyvm.core.objects.PyDict;
import org.pyvm.core.objects.PyInt;
import org.pyvm.core.objects.PyModule;
import org.pyvm.core.runtime.Runtime;
import org.pyvm.core.runtime.Strings;
import org.pyvm.spi.LanguageFeature;

/**
 * {@code errno} (C in CPython): the error names and numbers of Linux, and {@code errorcode} from number to name.
 * Where two names share a number, {@code errorcode} gives the one CPython gives (EAGAIN, EDEADLOCK, ENOTSUP).
 */
public final class ErrnoModule {
    /** Linux's errno names and values, as CPython's errno module lists them on Linux. */
    private static final String TABLE = "EPERM=1 ENOENT=2 ESRCH=3 EINTR=4 EIO=5 ENXIO=6 E2BIG=7 ENOEXEC=8 EBADF=9 ECHILD=10"
            + " EWOULDBLOCK=11 EAGAIN=11 ENOMEM=12 EACCES=13 EFAULT=14 ENOTBLK=15 EBUSY=16 EEXIST=17 EXDEV=18 ENODEV=19"
            + " ENOTDIR=20 EISDIR=21 EINVAL=22 ENFILE=23 EMFILE=24 ENOTTY=25 ETXTBSY=26 EFBIG=27 ENOSPC=28 ESPIPE=29 EROFS=30"
            + " EMLINK=31 EPIPE=32 EDOM=33 ERANGE=34 EDEADLK=35 EDEADLOCK=35 ENAMETOOLONG=36 ENOLCK=37 ENOSYS=38 ENOTEMPTY=39"
            + " ELOOP=40 ENOMSG=42 EIDRM=43 ECHRNG=44 EL2NSYNC=45 EL3HLT=46 EL3RST=47 ELNRNG=48 EUNATCH=49 ENOCSI=50 EL2HLT=51"
            + " EBADE=52 EBADR=53 EXFULL=54 ENOANO=55 EBADRQC=56 EBADSLT=57 EBFONT=59 ENOSTR=60 ENODATA=61 ETIME=62 ENOSR=63"
            + " ENONET=64 ENOPKG=65 EREMOTE=66 ENOLINK=67 EADV=68 ESRMNT=69 ECOMM=70 EPROTO=71 EMULTIHOP=72 EDOTDOT=73"
            + " EBADMSG=74 EOVERFLOW=75 ENOTUNIQ=76 EBADFD=77 EREMCHG=78 ELIBACC=79 ELIBBAD=80 ELIBSCN=81 ELIBMAX=82"
            + " ELIBEXEC=83 EILSEQ=84 ERESTART=85 ESTRPIPE=86 EUSERS=87 ENOTSOCK=88 EDESTADDRREQ=89 EMSGSIZE=90 EPROTOTYPE=91"
            + " ENOPROTOOPT=92 EPROTONOSUPPORT=93 ESOCKTNOSUPPORT=94 EOPNOTSUPP=95 ENOTSUP=95 EPFNOSUPPORT=96 EAFNOSUPPORT=97"
            + " EADDRINUSE=98 EADDRNOTAVAIL=99 ENETDOWN=100 ENETUNREACH=101 ENETRESET=102 ECONNABORTED=103 ECONNRESET=104"
            + " ENOBUFS=105 EISCONN=106 ENOTCONN=107 ESHUTDOWN=108 ETOOMANYREFS=109 ETIMEDOUT=110 ECONNREFUSED=111"
            + " EHOSTDOWN=112 EHOSTUNREACH=113 EALREADY=114 EINPROGRESS=115 ESTALE=116 EUCLEAN=117 ENOTNAM=118 ENAVAIL=119"
            + " EISNAM=120 EREMOTEIO=121 EDQUOT=122 ENOMEDIUM=123 EMEDIUMTYPE=124 ECANCELED=125 ENOKEY=126 EKEYEXPIRED=127"
            + " EKEYREVOKED=128 EKEYREJECTED=129 EOWNERDEAD=130 ENOTRECOVERABLE=131 ERFKILL=132";

    private ErrnoModule() {
    }

    public static PyModule create(Runtime rt) {
        boolean py2 = rt.lang.has(LanguageFeature.STR_IS_BYTES);
        ModuleBuilder m = new ModuleBuilder(rt, "errno");
        PyDict errorcode = PyDict.of(rt.lang, List.of());
        for (String entry : TABLE.split(" ")) {
            int eq = entry.indexOf('=');
            String name = entry.substring(0, eq);
            int value = Integer.parseInt(entry.substring(eq + 1));
            if (py2 && value > 122) {
                continue; // 2.7's list ends at EDQUOT
            }
            m.put(name, PyInt.of(value));
            errorcode.put(PyInt.of(value), Strings.text(rt, name)); // the later name of a shared number wins
        }
        m.put("errorcode", errorcode);
        return m.build();
    }
}
