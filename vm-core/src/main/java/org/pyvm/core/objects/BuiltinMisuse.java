package org.pyvm.core.objects;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Java exception out of a builtin's body that the call's arguments caused, as the TypeError CPython's argument
 * parsing raises: a body reading an argument the call did not pass (an index past the arguments, or null from
 * Args when none was passed at all), or casting one of the wrong type. Without this
 * such a call ({@code [].append()}, {@code "abc".split(1)}) reached the interpreter as invalid bytecode (SystemError).
 * The wording is CPython's where the method takes one argument; the exception type is right for every method.
 */
final class BuiltinMisuse {
    private BuiltinMisuse() {
    }

    private static final Pattern INDEX = Pattern.compile("Index (\\d+) out of bounds for length (\\d+)");
    private static final Pattern CAST = Pattern.compile("class org\\.pyvm\\.core\\.objects\\.(\\w+)(?:\\$\\w+)? cannot be cast to class "
            + "org\\.pyvm\\.core\\.objects\\.(\\w+)");

    /** The TypeError for {@code e} thrown by builtin {@code name} called with {@code args}; {@code e} itself otherwise. */
    static RuntimeException of(String name, PyObject[] args, RuntimeException e) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        if (e instanceof ArrayIndexOutOfBoundsException) {
            Matcher m = INDEX.matcher(message);
            if (m.find() && Integer.parseInt(m.group(2)) == args.length && Integer.parseInt(m.group(1)) >= args.length) {
                int needed = Integer.parseInt(m.group(1)) + 1;
                return PyError.raise("TypeError", needed == 1 ? name + "() takes exactly one argument (" + args.length + " given)"
                        : name + "() takes at least " + needed + " arguments (" + args.length + " given)");
            }
        } else if (e instanceof NullPointerException && args.length == 0) {
            // Args.get of an argument the call did not pass is null: the body's first use of it
            return PyError.raise("TypeError", name + "() takes at least 1 argument (0 given)");
        } else if (e instanceof ClassCastException) {
            Matcher m = CAST.matcher(message);
            if (m.find()) {
                return PyError.raise("TypeError", name + "() argument must be " + pythonName(m.group(2)) + ", not "
                        + pythonName(m.group(1)));
            }
        }
        return e;
    }

    /** The Python type a value class stands for: PyStr is str, PyNone NoneType. */
    private static String pythonName(String javaClass) {
        String n = javaClass.startsWith("Py") ? javaClass.substring(2) : javaClass;
        return switch (n) {
            case "None" -> "NoneType";
            // text helpers take a str, else cast to bytes (2.7's str): a str method's argument was due
            case "Str", "Bytes" -> "str";
            case "FrozenSet" -> "frozenset";
            default -> n.toLowerCase(java.util.Locale.ROOT);
        };
    }
}
