package org.pyvm.core.interp;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.pyvm.core.code.CodeObject;
import org.pyvm.core.host.StdlibLocator;
import org.pyvm.core.importing.FoundModule;
import org.pyvm.core.importing.ModuleCode;

/**
 * Library code that pyvm runs as Python where CPython 3 runs C: the C module replaces the pure-Python definitions
 * at import ({@code from _datetime import *},
 * decimal's {@code from _decimal import *}), and pyvm has no Java version of these. A C function leaves no frame in a
 * traceback, so their code adds no traceback entries either ({@link CodeObject#markCStandIn}): a failing
 * {@code datetime(...)} reports the call and its ValueError, without frames of datetime.py. (What
 * such code raises can still be worded otherwise than the C code words it: datetime's range errors, say.)
 */
final class CStandIns {
    private CStandIns() {
    }

    /** Per module, the names of its top-level functions and classes that CPython 3.6 and 3.11 have in C ("*": all). */
    private static final Map<String, Set<String>> PY3 = Map.of(
            "datetime", Set.of("*"),
            "_pydecimal", Set.of("*"));

    /** Marks the stand-in code of {@code module} when it is the standard library's own file. */
    static void mark(String version, String module, FoundModule found, ModuleCode code) {
        Set<String> names = version.startsWith("3.") ? PY3.get(module) : null;
        if (names == null || !inLibrary(version, found)) {
            return;
        }
        for (org.pyvm.core.objects.PyObject c : code.code().consts) {
            if (c instanceof CodeObject top && (names.contains("*") || names.contains(top.name))) {
                top.markCStandIn();
            }
        }
    }

    /** Whether {@code found} is the standard library's own file, not a module of the program's that has the name. */
    private static boolean inLibrary(String version, FoundModule found) {
        if (found.kind() == FoundModule.Kind.NAMESPACE) {
            return false;
        }
        Path lib = StdlibLocator.find(version).orElse(null);
        return lib != null && found.file().startsWith(lib);
    }

    /** The C types' names (tp_name), which CPython's messages give: {@code 'datetime.date' and 'int'}. */
    private static final Map<String, Map<String, String>> TYPE_NAMES = Map.of(
            "datetime", Map.of("date", "datetime.date", "time", "datetime.time", "datetime", "datetime.datetime",
                    "timedelta", "datetime.timedelta", "tzinfo", "datetime.tzinfo", "timezone", "datetime.timezone"),
            "_pydecimal", Map.of("Decimal", "decimal.Decimal", "Context", "decimal.Context"));

    /**
     * After {@code module} ran: what the C module of CPython 3 says otherwise. Its classes give their C names in
     * messages, datetime checks its fields and hashes dates as _datetime does ({@link DatetimeAsC}), and decimal
     * raises its signals as _decimal does ({@link DecimalAsC}).
     */
    static void adjust(org.pyvm.core.runtime.Runtime rt, String module, FoundModule found, org.pyvm.core.objects.PyModule m) {
        if (!rt.lang.version().startsWith("3.") || !PY3.containsKey(module) || !inLibrary(rt.lang.version(), found)) {
            return;
        }
        Map<String, String> names = TYPE_NAMES.getOrDefault(module, Map.of());
        names.forEach((name, cName) -> {
            if (m.dict.get(org.pyvm.core.objects.PyStr.of(name)) instanceof org.pyvm.core.objects.PyType t) {
                t.setMessageName(cName);
            }
        });
        if (module.equals("datetime")) {
            DatetimeAsC.install(rt, m);
        } else if (module.equals("_pydecimal")) {
            DecimalAsC.install(rt, m);
        }
    }
}
