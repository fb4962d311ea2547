package org.pyvm.core.interp;

import java.util.Locale;
import java.util.Map;
import org.pyvm.core.objects.Language;
import org.pyvm.spi.LanguageFeature;

/**
 * What a CPython decides about its standard streams when it starts, from the environment it starts in: the
 * encoding and error handler of sys.stdin, sys.stdout and sys.stderr, and whether stdout is unbuffered. Measured on
 * each version (conformance/src/test/resources/corpus/common/stdio_environment.environments lists the cases):
 * <ul>
 * <li>PYTHONIOENCODING={@code encoding[:errors]} wins on every version; 3.11 shows the codec's own name
 * ({@code UTF-8} becomes {@code utf-8}), 2.7 and 3.6 the name as given.</li>
 * <li>2.7 without it: no encoding (None) when stdout is not a terminal, so printing non-ASCII unicode to a pipe is a
 * UnicodeEncodeError of the ascii codec; at a terminal, the locale's codeset.</li>
 * <li>3.6 without it: the locale's codeset ({@code UTF-8} under C.UTF-8; {@code ANSI_X3.4-1968} under C, POSIX or
 * none), stdin and stdout with surrogateescape under the C locale, else strict.</li>
 * <li>3.7+ without it: the C locale is coerced to C.UTF-8 (PEP 538), so {@code utf-8}; surrogateescape under a C.UTF-8
 * locale (a coercion target) or UTF-8 mode, strict under another UTF-8 locale.</li>
 * <li>stderr is backslashreplace on 3.x whatever the rest; PYTHONUNBUFFERED (non-empty) makes stdout unbuffered.</li>
 * </ul>
 * A locale is known by its name only ({@code LC_ALL}, else {@code LC_CTYPE}, else {@code LANG}): one whose codeset is
 * UTF-8 is taken as installed, as C.UTF-8 always is on Debian, where CPython would fall back to C for a missing one.
 *
 * @param encoding       the name {@code sys.stdout.encoding} shows, or null for 2.7's None
 * @param errors         the stdin and stdout error handler, or null for 2.7's None
 * @param stderrErrors   stderr's error handler, or null for 2.7's None
 * @param unbuffered     whether stdout hands each write on at once
 */
record StdioSettings(String encoding, String errors, String stderrErrors, boolean unbuffered) {

    /** The settings of a CPython of {@code lang} started in {@code env}, its stdout a terminal or not. */
    static StdioSettings of(Language lang, Map<String, String> env, boolean terminal) {
        boolean py2 = lang.has(LanguageFeature.STR_IS_BYTES);
        boolean unbuffered = isSet(env, "PYTHONUNBUFFERED");
        String io = env.getOrDefault("PYTHONIOENCODING", "");
        int colon = io.indexOf(':');
        String givenEncoding = colon < 0 ? io : io.substring(0, colon);
        String givenErrors = colon < 0 || colon == io.length() - 1 ? null : io.substring(colon + 1);
        String locale = localeName(env);
        if (py2) {
            if (!io.isEmpty()) {
                return new StdioSettings(givenEncoding, givenErrors, givenErrors, unbuffered);
            }
            return new StdioSettings(terminal ? codeset(locale) : null, null, null, unbuffered);
        }
        boolean modern = lang.minor() >= 7;
        boolean cLocale = locale.equals("C") || locale.equals("POSIX");
        boolean utf8Locale = isUtf8(locale);
        String encoding;
        if (!givenEncoding.isEmpty()) {
            encoding = modern ? codecName(givenEncoding) : givenEncoding;
        } else if (modern) {
            encoding = cLocale || utf8Locale ? "utf-8" : codecName(codeset(locale));
        } else {
            encoding = codeset(locale);
        }
        String errors = givenErrors;
        if (errors == null) {
            boolean surrogates = io.isEmpty() && (modern ? cLocale || isCoercionTarget(locale) || utf8Mode(env) : cLocale);
            errors = surrogates ? "surrogateescape" : "strict";
        }
        return new StdioSettings(encoding, errors, "backslashreplace", unbuffered);
    }

    /** Whether {@code variable} is set and not empty, which is how CPython reads its switches (PYTHONUNBUFFERED...). */
    static boolean isSet(Map<String, String> env, String variable) {
        String v = env.get(variable);
        return v != null && !v.isEmpty();
    }

    /** The locale LC_CTYPE gets: LC_ALL, else LC_CTYPE, else LANG; "C" when none is set. */
    private static String localeName(Map<String, String> env) {
        for (String var : new String[] {"LC_ALL", "LC_CTYPE", "LANG"}) {
            String v = env.get(var);
            if (v != null && !v.isEmpty()) {
                return v;
            }
        }
        return "C";
    }

    private static boolean isUtf8(String locale) {
        int dot = locale.indexOf('.');
        String codeset = dot < 0 ? "" : locale.substring(dot + 1).toLowerCase(Locale.ROOT);
        int at = codeset.indexOf('@');
        codeset = at < 0 ? codeset : codeset.substring(0, at);
        return codeset.equals("utf-8") || codeset.equals("utf8");
    }

    /** PEP 538's targets, the locales 3.7+ coerces C to and treats as such: their stdio uses surrogateescape. */
    private static boolean isCoercionTarget(String locale) {
        return locale.equals("C.UTF-8") || locale.equals("C.utf8") || locale.equals("UTF-8");
    }

    /** 3.7+'s UTF-8 mode (PEP 540): PYTHONUTF8=1, or under the C or POSIX locale unless PYTHONUTF8=0. */
    static boolean utf8Mode(Map<String, String> env) {
        String v = env.getOrDefault("PYTHONUTF8", "");
        if (!v.isEmpty()) {
            return v.equals("1");
        }
        String locale = localeName(env);
        return locale.equals("C") || locale.equals("POSIX");
    }

    /** nl_langinfo(CODESET) of the locale: UTF-8 for a UTF-8 one, else the C locale's ASCII. */
    private static String codeset(String locale) {
        return isUtf8(locale) ? "UTF-8" : "ANSI_X3.4-1968";
    }

    /** The name 3.7+ shows for an encoding: the codec's own for the common ones, else as given. */
    private static String codecName(String encoding) {
        String n = encoding.toLowerCase(Locale.ROOT).replace('_', '-');
        return switch (n) {
            case "utf-8", "utf8", "u8", "utf" -> "utf-8";
            case "ascii", "us-ascii", "646", "ansi-x3.4-1968" -> "ascii";
            case "latin-1", "latin1", "iso-8859-1", "iso8859-1", "l1" -> "iso8859-1";
            default -> encoding;
        };
    }
}
