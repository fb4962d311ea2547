package org.pyvm.core.builtins;

import java.util.HashMap;
import java.util.Map;
import org.pyvm.core.objects.PyError;
import org.pyvm.core.objects.PyMethodDescriptor;
import org.pyvm.core.objects.PyObject;
import org.pyvm.core.objects.PyType;
import org.pyvm.core.runtime.Runtime;

/**
 * How many positional arguments each method of the builtin containers, strings and numbers takes, and
 * how each CPython words a wrong count. CPython checks the count before it looks at any argument, with
 * words that depend on how the method reads its arguments (METH_NOARGS, METH_O, PyArg_ParseTuple,
 * PyArg_UnpackTuple or Argument Clinic), which changed between versions; the table below was read off
 * each CPython by calling every method with 0 to 4 arguments. Every method in it is checked here,
 * before its body runs, so a body need not check its count itself (and an extra argument is never
 * silently ignored).
 */
final class ArgumentCounts {
    private ArgumentCounts() {
    }

    /**
     * Per method, its count rule in 2.7, 3.6 and 3.11: {@code N} no arguments, {@code O} exactly one (both
     * "T.m()" in 3.10+), {@code Pmin-max} "m() takes at most max arguments (n given)", {@code Umin-max} "m
     * expected at most max arguments, got n" (a missing max: no limit; {@code =label} names the method
     * otherwise), {@code .} no such method. In 2.7 "str" is the byte string and "unicode" the text. A {@code k} after a
     * 3.11 range marks a method that takes keyword arguments too: 3.10+'s method descriptors refuse keywords for the
     * others ("T.m() takes no keyword arguments") before counting anything.
     */
    private static final String TABLE = """
            str unicode bytes bytearray:
              capitalize N N N | lower N N N | upper N N N | swapcase N N N | title N N N
              isalnum N N N | isalpha N N N | isdigit N N N | islower N N N | isspace N N N
              istitle N N N | isupper N N N | isascii . . N
              center P1-2 P1-2 U1-2 | ljust P1-2 P1-2 U1-2 | rjust P1-2 P1-2 U1-2
              count P1-3 P1-3 P1-3 | startswith P1-3 P1-3 P1-3 | endswith P1-3 P1-3 P1-3
              expandtabs P0-1 P0-1 P0-1k | splitlines P0-1 P0-1 P0-1k
              split P0-2 P0-2 P0-2k | rsplit P0-2 P0-2 P0-2k
              join O O O | partition O O O | rpartition O O O | removeprefix . . O | removesuffix . . O
              replace P2-3 P2-3 U2-3 | zfill P1-1 P1-1 O
            str bytes bytearray:
              find P1-3=find/rfind/index/rindex P1-3 P1-3 | rfind P1-3=find/rfind/index/rindex P1-3 P1-3
              index P1-3=find/rfind/index/rindex P1-3 P1-3 | rindex P1-3=find/rfind/index/rindex P1-3 P1-3
            unicode:
              find P1-3 . . | rfind P1-3 . . | index P1-3 . . | rindex P1-3 . .
            str unicode:
              strip P0-1 P0-1 U0-1 | lstrip P0-1 P0-1 U0-1 | rstrip P0-1 P0-1 U0-1
              encode P0-2 P0-2 P0-2k | decode P0-2 . .
              casefold . N N | isdecimal N N N | isnumeric N N N | isidentifier . N N | isprintable . N N
            str:
              translate U1-2 O O | format_map . O O
            unicode:
              translate O . .
            bytes bytearray:
              strip P0-1 U0-1 U0-1 | lstrip P0-1 U0-1 U0-1 | rstrip P0-1 U0-1 U0-1
              decode P0-2 P0-2 P0-2k | hex . N P0-2k | translate U1-2 P0-2 P1-2k
            bytearray:
              append O O O | extend O O O | remove O O O | reverse N N N | clear . N N | copy . N N
              insert P2-2 P2-2 U2-2 | pop P0-1 P0-1 U0-1
            list:
              append O O O | extend O O O | remove O O O | count O O O | reverse N N N | clear . N N | copy . N N
              insert P2-2 P2-2 U2-2 | pop P0-1 P0-1 U0-1 | index P1-3 P1-3 U1-3
            tuple:
              count O O O | index P1-3 P1-3 U1-3
            dict:
              clear N N N | copy N N N | items N N N | keys N N N | values N N N | popitem N N N
              iteritems N . . | iterkeys N . . | itervalues N . . | viewitems N . . | viewkeys N . . | viewvalues N . .
              has_key O . . | get U1-2 U1-2 U1-2 | pop U1-2 U1-2 U1-2 | setdefault U1-2 U1-2 U1-2 | update U0-1 U0-1 U0-1k
            set frozenset:
              copy N N N | isdisjoint O O O | issubset O O O | issuperset O O O | symmetric_difference O O O
            set:
              add O O O | discard O O O | remove O O O | clear N N N | pop N N N | symmetric_difference_update O O O
            int:
              bit_length N N N | conjugate N N N | as_integer_ratio . . N | bit_count . . N
            float:
              as_integer_ratio N N N | conjugate N N N | hex N N N | is_integer N N N
            BaseException:
              __reduce__ N N N | __setstate__ O O O | with_traceback . O O | add_note . . O
            """;

    /** A method's count rule at one language level. */
    private record Rule(char kind, int min, int max, String label, boolean keywords) {
    }

    /** Wraps each method of the table that this level's types have with its count check. */
    static void install(Runtime rt) {
        int column = Level.py2(rt) ? 0 : Level.modern(rt) ? 2 : 1;
        Map<String, PyType> types = new HashMap<>();
        for (PyType t : new PyType[] {rt.types.str, rt.types.bytes, rt.types.list, rt.types.tuple, rt.types.dict, rt.types.set,
                rt.types.frozenset, rt.types.int_, rt.types.float_}) {
            types.put(t.name(rt.lang), t);
        }
        if (rt.builtins.get(rt.name("bytearray")) instanceof PyType t) {
            types.put("bytearray", t);
        }
        types.put("BaseException", rt.types.baseException);
        String[] owners = new String[0];
        for (String line : TABLE.split("\n")) {
            line = line.strip();
            if (line.endsWith(":")) {
                owners = line.substring(0, line.length() - 1).split(" ");
                continue;
            }
            for (String entry : line.split("\\|")) {
                String[] f = entry.strip().split(" ");
                if (f.length != 4) {
                    continue;
                }
                Rule rule = parse(f[1 + column]);
                for (String owner : owners) {
                    PyType t = types.get(owner);
                    if (rule != null && t != null && t.dict.get(f[0]) instanceof PyMethodDescriptor m) {
                        // a count in the rule's range with no keywords passes (check returns at once): not checked
                        t.dict.put(f[0], m.checkedBy((args, kwnames, boundSelf) -> check(rt, rule, t, f[0], args, kwnames, boundSelf),
                                rule.min, rule.max));
                    }
                }
            }
        }
    }

    private static Rule parse(String spec) {
        char kind = spec.charAt(0);
        switch (kind) {
            case 'N':
                return new Rule(kind, 0, 0, null, false);
            case 'O':
                return new Rule(kind, 1, 1, null, false);
            case 'P':
            case 'U': {
                int eq = spec.indexOf('=');
                String range = eq < 0 ? spec.substring(1) : spec.substring(1, eq);
                boolean keywords = range.endsWith("k");
                if (keywords) {
                    range = range.substring(0, range.length() - 1);
                }
                int dash = range.indexOf('-');
                int min = Integer.parseInt(range.substring(0, dash));
                int max = dash == range.length() - 1 ? Integer.MAX_VALUE : Integer.parseInt(range.substring(dash + 1));
                return new Rule(kind, min, max, eq < 0 ? null : spec.substring(eq + 1), keywords);
            }
            default:
                return null; // '.': the method does not exist at this level
        }
    }

    private static void check(Runtime rt, Rule rule, PyType owner, String name, PyObject[] args, String[] kwnames, PyObject boundSelf) {
        boolean bound = boundSelf != null;
        if (kwnames != null && kwnames.length > 0) {
            // 3.10+: the call refuses them by qualified name before any count, but for a bound METH_VARARGS method
            // (kind P), whose call (cfunction_call) names the function alone, as the method's own check does
            if (Level.modern(rt) && !rule.keywords && !(bound && rule.kind == 'P')) {
                throw PyError.raise("TypeError", qualifier(rt, owner, boundSelf) + "." + name + "() takes no keyword arguments");
            }
            if (rule.kind == 'N' || rule.kind == 'O') {
                // METH_NOARGS and METH_O: the call itself refuses keywords, by the method's bare name before 3.10
                throw PyError.raise("TypeError", name + "() takes no keyword arguments");
            }
            return; // keywords are the method's own to check first ("takes no keyword arguments"), and they fill parameters
        }
        int n = args.length;
        if (n >= rule.min && n <= rule.max) {
            return;
        }
        boolean modern = Level.modern(rt);
        String qualified = modern ? qualifier(rt, owner, boundSelf) + "." + name : name;
        String label = rule.label != null ? rule.label : name;
        int limit = n < rule.min ? rule.min : rule.max;
        String side = rule.min == rule.max ? "" : n < rule.min ? "at least " : "at most ";
        String message = switch (rule.kind) {
            case 'N' -> qualified + "() takes no arguments (" + n + " given)";
            case 'O' -> qualified + "() takes exactly one argument (" + n + " given)";
            case 'P' -> label + "() takes " + (side.isEmpty() ? "exactly " : side) + limit + " argument" + (limit == 1 ? "" : "s")
                    + " (" + n + " given)";
            default -> label + " expected " + side + limit + (limit == 1 && modern ? " argument" : " arguments") + ", got " + n;
        };
        throw PyError.raise("TypeError", message);
    }

    /**
     * How 3.10+ qualifies the method's name in its messages, by its __qualname__: a bound method's is its object's
     * type's (ValueError.add_note). Worked out only for a message: every call of these methods is checked.
     */
    private static String qualifier(Runtime rt, PyType owner, PyObject boundSelf) {
        return (boundSelf != null ? rt.types.of(boundSelf) : owner).name(rt.lang);
    }
}
