package org.pyvm.core.builtins;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.pyvm.core.objects.PyBytes;
import org.pyvm.core.objects.PyError;
import org.pyvm.core.objects.PyInt;
import org.pyvm.core.objects.PyStr;
import org.pyvm.core.runtime.Runtime;
import org.pyvm.core.runtime.Strings;

/**
 * str.encode and bytes.decode: the text codecs programs use (the UTF family, ascii, latin-1, the escape
 * codecs and the common single-byte code pages), found by CPython's names and aliases, with CPython's
 * error handlers (strict, ignore, replace, backslashreplace, xmlcharrefreplace, namereplace,
 * surrogateescape, surrogatepass) and its error positions and messages.
 */
final class Codecs {
    private Codecs() {
    }

    /** The single-byte code pages, by CPython's codec name: the JDK's charset of the same table (checked byte for byte). */
    private static final Map<String, String> CODE_PAGES = Map.ofEntries(Map.entry("cp1250", "windows-1250"),
            Map.entry("cp1251", "windows-1251"), Map.entry("cp1252", "windows-1252"), Map.entry("cp1253", "windows-1253"),
            Map.entry("cp1254", "windows-1254"), Map.entry("cp1255", "windows-1255"), Map.entry("cp1256", "windows-1256"),
            Map.entry("cp1257", "windows-1257"), Map.entry("cp1258", "windows-1258"), Map.entry("cp437", "IBM437"),
            Map.entry("cp850", "IBM850"), Map.entry("cp852", "IBM852"), Map.entry("cp855", "IBM855"), Map.entry("cp857", "IBM857"),
            Map.entry("cp862", "IBM862"), Map.entry("cp866", "IBM866"), Map.entry("iso8859_2", "ISO-8859-2"),
            Map.entry("iso8859_3", "ISO-8859-3"), Map.entry("iso8859_4", "ISO-8859-4"), Map.entry("iso8859_5", "ISO-8859-5"),
            Map.entry("iso8859_6", "ISO-8859-6"), Map.entry("iso8859_7", "ISO-8859-7"), Map.entry("iso8859_8", "ISO-8859-8"),
            Map.entry("iso8859_9", "ISO-8859-9"), Map.entry("iso8859_13", "ISO-8859-13"), Map.entry("iso8859_15", "ISO-8859-15"),
            Map.entry("iso8859_16", "ISO-8859-16"), Map.entry("koi8_r", "KOI8-R"), Map.entry("koi8_u", "KOI8-U"),
            Map.entry("mac_roman", "x-MacRoman"));

    /** encodings.aliases for the codecs here: normalized alias to codec name. */
    private static final Map<String, String> ALIASES = aliases();

    private static Map<String, String> aliases() {
        Map<String, String> m = new HashMap<>();
        alias(m, "utf_8", "u8", "utf", "utf8", "utf8_ucs2", "utf8_ucs4", "cp65001");
        alias(m, "utf_8_sig");
        alias(m, "ascii", "646", "ansi_x3.4_1968", "ansi_x3_4_1968", "ansi_x3.4_1986", "cp367", "csascii", "ibm367", "iso646_us",
                "iso_646.irv_1991", "iso_ir_6", "us", "us_ascii");
        alias(m, "latin_1", "8859", "cp819", "csisolatin1", "ibm819", "iso8859", "iso8859_1", "iso_8859_1", "iso_8859_1_1987",
                "iso_ir_100", "l1", "latin", "latin1");
        alias(m, "utf_16", "u16", "utf16");
        alias(m, "utf_16_le", "unicodelittleunmarked", "utf_16le");
        alias(m, "utf_16_be", "unicodebigunmarked", "utf_16be");
        alias(m, "utf_32", "u32", "utf32");
        alias(m, "utf_32_le", "utf_32le");
        alias(m, "utf_32_be", "utf_32be");
        alias(m, "unicode_escape");
        alias(m, "raw_unicode_escape");
        for (String cp : new String[] {"1250", "1251", "1252", "1253", "1254", "1255", "1256", "1257", "1258"}) {
            alias(m, "cp" + cp, "windows_" + cp, cp);
        }
        alias(m, "cp437", "437", "cspc8codepage437", "ibm437");
        alias(m, "cp850", "850", "cspc850multilingual", "ibm850");
        alias(m, "cp852", "852", "cspcp852", "ibm852");
        alias(m, "cp855", "855", "csibm855", "ibm855");
        alias(m, "cp857", "857", "csibm857", "ibm857");
        alias(m, "cp862", "862", "cspc862latinhebrew", "ibm862");
        alias(m, "cp866", "866", "csibm866", "ibm866");
        alias(m, "iso8859_2", "csisolatin2", "iso_8859_2", "iso_8859_2_1987", "iso_ir_101", "l2", "latin2");
        alias(m, "iso8859_3", "csisolatin3", "iso_8859_3", "iso_8859_3_1988", "iso_ir_109", "l3", "latin3");
        alias(m, "iso8859_4", "csisolatin4", "iso_8859_4", "iso_8859_4_1988", "iso_ir_110", "l4", "latin4");
        alias(m, "iso8859_5", "csisolatincyrillic", "cyrillic", "iso_8859_5", "iso_8859_5_1988", "iso_ir_144");
        alias(m, "iso8859_6", "arabic", "asmo_708", "csisolatinarabic", "ecma_114", "iso_8859_6", "iso_8859_6_1987", "iso_ir_127");
        alias(m, "iso8859_7", "csisolatingreek", "ecma_118", "elot_928", "greek", "greek8", "iso_8859_7", "iso_8859_7_1987", "iso_ir_126");
        alias(m, "iso8859_8", "csisolatinhebrew", "hebrew", "iso_8859_8", "iso_8859_8_1988", "iso_ir_138");
        alias(m, "iso8859_9", "csisolatin5", "iso_8859_9", "iso_8859_9_1989", "iso_ir_148", "l5", "latin5");
        alias(m, "iso8859_13", "iso_8859_13", "l7", "latin7");
        alias(m, "iso8859_15", "iso_8859_15", "l9", "latin9");
        alias(m, "iso8859_16", "iso_8859_16", "iso_8859_16_2001", "iso_ir_226", "l10", "latin10");
        alias(m, "koi8_r", "cskoi8r");
        alias(m, "koi8_u");
        alias(m, "mac_roman", "macintosh", "macroman");
        return Map.copyOf(m);
    }

    private static void alias(Map<String, String> aliases, String codec, String... names) {
        aliases.put(codec, codec);
        for (String n : names) {
            aliases.put(n, codec);
        }
    }

    /** The codecs CPython keeps for bytes-to-bytes or str-to-str work, which str.encode and bytes.decode refuse in 3.x. */
    private static final java.util.Set<String> NOT_TEXT = java.util.Set.of("base64", "base_64", "base64_codec", "bz2", "bz2_codec",
            "hex", "hex_codec", "quopri", "quotedprintable", "quoted_printable", "quopri_codec", "rot13", "rot_13", "uu", "uu_codec",
            "zip", "zlib", "zlib_codec");


    /** The codec's name (utf_8, cp1252...), or null when it is none of the codecs here. */
    static String normalize(String encoding) {
        return ALIASES.get(org.pyvm.core.runtime.Strings.encodingKey(encoding));
    }

    private static String known(Runtime rt, String encoding, boolean encode) {
        String n = normalize(encoding);
        if (n == null) {
            String plain = org.pyvm.core.runtime.Strings.encodingKey(encoding);
            if (!Level.py2(rt) && NOT_TEXT.contains(plain)) {
                throw PyError.raise("LookupError", "'" + encoding + "' is not a text encoding; use codecs." + (encode ? "encode" : "decode")
                        + "() to handle arbitrary codecs");
            }
            throw PyError.raise("LookupError", "unknown encoding: " + encoding);
        }
        return n;
    }

    /** The codec's name in its UnicodeError messages: 'charmap' for the code pages, 2.7's older names for the UTF family. */
    private static String shown(Runtime rt, String codec) {
        if (CODE_PAGES.containsKey(codec)) {
            return "charmap";
        }
        boolean py2 = Level.py2(rt);
        return switch (codec) {
            case "utf_8", "utf_8_sig" -> py2 ? "utf8" : "utf-8";
            case "utf_16", "utf_16_le", "utf_16_be" -> py2 ? "utf16" : codec.replace('_', '-');
            case "utf_32", "utf_32_le", "utf_32_be" -> py2 ? "utf32" : codec.replace('_', '-');
            case "latin_1" -> "latin-1";
            case "unicode_escape" -> "unicodeescape";
            case "raw_unicode_escape" -> "rawunicodeescape";
            default -> codec;
        };
    }

    // ---------------------------------------------------------------- encoding

    static byte[] encode(Runtime rt, String s, String encoding, String errors) {
        String codec = known(rt, encoding, true);
        int[] cps = s.codePoints().toArray();
        ByteArrayOutputStream out = new ByteArrayOutputStream(cps.length + 4);
        switch (codec) {
            case "utf_8_sig":
                out.writeBytes(new byte[] {(byte) 0xef, (byte) 0xbb, (byte) 0xbf});
                break;
            case "utf_16":
                out.writeBytes(new byte[] {(byte) 0xff, (byte) 0xfe}); // the byte-order mark, little-endian as CPython here
                break;
            case "utf_32":
                out.writeBytes(new byte[] {(byte) 0xff, (byte) 0xfe, 0, 0});
                break;
            case "unicode_escape":
            case "raw_unicode_escape":
                escapeEncode(cps, out, codec.equals("raw_unicode_escape"));
                return out.toByteArray();
            default:
                break;
        }
        Encoder enc = encoder(rt, codec);
        for (int i = 0; i < cps.length;) {
            if (enc.put(cps[i], out)) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < cps.length && !enc.canEncode(cps[j])) {
                j++;
            }
            encodeError(rt, codec, enc, cps, i, j, errors, out);
            i = j;
        }
        return out.toByteArray();
    }

    /** One codec's encoding of one character at a time. */
    private interface Encoder {
        boolean canEncode(int c);

        /** Writes {@code c} and returns true, or writes nothing and returns false when the codec cannot encode it. */
        default boolean put(int c, ByteArrayOutputStream out) {
            if (!canEncode(c)) {
                return false;
            }
            write(c, out);
            return true;
        }

        void write(int c, ByteArrayOutputStream out);

        /** The reason in a UnicodeEncodeError. */
        String reason();
    }

    private static Encoder encoder(Runtime rt, String codec) {
        switch (codec) {
            case "ascii":
                return limit(0x80, "ordinal not in range(128)");
            case "latin_1":
                return limit(0x100, "ordinal not in range(256)");
            case "utf_8":
            case "utf_8_sig":
                return new Encoder() {
                    public boolean canEncode(int c) {
                        return c < 0xd800 || c > 0xdfff || Level.py2(rt); // 2.7 encodes lone surrogates
                    }

                    public void write(int c, ByteArrayOutputStream out) {
                        utf8(c, out);
                    }

                    public String reason() {
                        return "surrogates not allowed";
                    }
                };
            case "utf_16":
            case "utf_16_le":
            case "utf_16_be":
            case "utf_32":
            case "utf_32_le":
            case "utf_32_be": {
                boolean big = codec.endsWith("_be");
                int width = codec.startsWith("utf_16") ? 2 : 4;
                return new Encoder() {
                    public boolean canEncode(int c) {
                        return c < 0xd800 || c > 0xdfff || Level.py2(rt);
                    }

                    public void write(int c, ByteArrayOutputStream out) {
                        if (width == 2 && c >= 0x10000) {
                            unit(0xd800 + ((c - 0x10000) >> 10), 2, big, out);
                            unit(0xdc00 + ((c - 0x10000) & 0x3ff), 2, big, out);
                        } else {
                            unit(c, width, big, out);
                        }
                    }

                    public String reason() {
                        return "surrogates not allowed";
                    }
                };
            }
            default: {
                int[] table = codePage(codec);
                Map<Integer, Integer> inverse = new HashMap<>();
                for (int b = 0; b < 256; b++) {
                    if (table[b] >= 0) {
                        inverse.putIfAbsent(table[b], b);
                    }
                }
                return new Encoder() {
                    public boolean canEncode(int c) {
                        return inverse.containsKey(c);
                    }

                    public void write(int c, ByteArrayOutputStream out) {
                        out.write(inverse.get(c));
                    }

                    public String reason() {
                        return "character maps to <undefined>";
                    }
                };
            }
        }
    }

    private static Encoder limit(int limit, String reason) {
        return new Encoder() {
            public boolean canEncode(int c) {
                return c < limit;
            }

            public void write(int c, ByteArrayOutputStream out) {
                out.write(c);
            }

            public String reason() {
                return reason;
            }
        };
    }

    private static void utf8(int c, ByteArrayOutputStream out) {
        if (c < 0x80) {
            out.write(c);
        } else if (c < 0x800) {
            out.write(0xc0 | c >> 6);
            out.write(0x80 | c & 0x3f);
        } else if (c < 0x10000) {
            out.write(0xe0 | c >> 12);
            out.write(0x80 | c >> 6 & 0x3f);
            out.write(0x80 | c & 0x3f);
        } else {
            out.write(0xf0 | c >> 18);
            out.write(0x80 | c >> 12 & 0x3f);
            out.write(0x80 | c >> 6 & 0x3f);
            out.write(0x80 | c & 0x3f);
        }
    }

    private static void unit(int v, int width, boolean big, ByteArrayOutputStream out) {
        for (int k = 0; k < width; k++) {
            int shift = big ? 8 * (width - 1 - k) : 8 * k;
            out.write(v >> shift & 0xff);
        }
    }

    /** Characters {@code [start, end)} that the codec cannot encode, handled by the {@code errors} handler. */
    private static void encodeError(Runtime rt, String codec, Encoder enc, int[] cps, int start, int end, String errors,
            ByteArrayOutputStream out) {
        StringBuilder replacement = new StringBuilder();
        switch (errors) {
            case "strict":
                throw encodeErrorOf(rt, codec, enc, cps, start, end);
            case "ignore":
                return;
            case "replace":
                replacement.append("?".repeat(end - start));
                break;
            case "backslashreplace":
                for (int k = start; k < end; k++) {
                    replacement.append(backslashed(cps[k]));
                }
                break;
            case "xmlcharrefreplace":
                for (int k = start; k < end; k++) {
                    replacement.append("&#").append(cps[k]).append(';');
                }
                break;
            case "namereplace":
                if (Level.py2(rt)) {
                    throw unknownHandler(errors);
                }
                for (int k = start; k < end; k++) {
                    String name = cps[k] < 0xd800 || cps[k] > 0xdfff ? Character.getName(cps[k]) : null;
                    replacement.append(name != null ? "\\N{" + name + "}" : backslashed(cps[k]));
                }
                break;
            case "surrogateescape":
                if (Level.py2(rt)) {
                    throw unknownHandler(errors);
                }
                for (int k = start; k < end; k++) {
                    if (cps[k] < 0xdc80 || cps[k] > 0xdcff) {
                        throw encodeErrorOf(rt, codec, enc, cps, start, end);
                    }
                }
                for (int k = start; k < end; k++) {
                    out.write(cps[k] - 0xdc00);
                }
                return;
            case "surrogatepass":
                if (Level.py2(rt) || !codec.startsWith("utf_")) {
                    if (Level.py2(rt)) {
                        throw unknownHandler(errors);
                    }
                    throw encodeErrorOf(rt, codec, enc, cps, start, end);
                }
                for (int k = start; k < end; k++) {
                    if (cps[k] < 0xd800 || cps[k] > 0xdfff) {
                        throw encodeErrorOf(rt, codec, enc, cps, start, end);
                    }
                }
                for (int k = start; k < end; k++) {
                    if (codec.startsWith("utf_8")) {
                        utf8(cps[k], out);
                    } else {
                        unit(cps[k], codec.startsWith("utf_16") ? 2 : 4, codec.endsWith("_be"), out);
                    }
                }
                return;
            default:
                throw unknownHandler(errors);
        }
        for (int c : replacement.codePoints().toArray()) {
            if (!enc.put(c, out)) {
                throw encodeErrorOf(rt, codec, enc, cps, start, end);
            }
        }
    }

    private static PyError encodeErrorOf(Runtime rt, String codec, Encoder enc, int[] cps, int start, int end) {
        // CPython's five arguments; str(e) is made from them (runtime Exceptions)
        return PyError.raiseArgs("UnicodeEncodeError", Strings.text(rt, shown(rt, codec)), PyStr.ofCodePoints(cps, cps.length),
                PyInt.of(start), PyInt.of(end), Strings.text(rt, enc.reason()));
    }

    private static PyError unknownHandler(String errors) {
        return PyError.raise("LookupError", "unknown error handler name '" + errors + "'");
    }

    private static String backslashed(int c) {
        if (c < 0x100) {
            return String.format("\\x%02x", c);
        }
        if (c < 0x10000) {
            return String.format("\\u%04x", c);
        }
        return String.format("\\U%08x", c);
    }

    /** unicode_escape (printable ASCII as itself, \t \n \r \\ and the rest escaped) or raw_unicode_escape (only past Latin-1). */
    private static void escapeEncode(int[] cps, ByteArrayOutputStream out, boolean raw) {
        StringBuilder sb = new StringBuilder();
        for (int c : cps) {
            if (raw) {
                if (c < 0x100) {
                    sb.append((char) c);
                } else {
                    sb.append(backslashed(c));
                }
            } else if (c == '\\') {
                sb.append("\\\\");
            } else if (c == '\t') {
                sb.append("\\t");
            } else if (c == '\n') {
                sb.append("\\n");
            } else if (c == '\r') {
                sb.append("\\r");
            } else if (c >= 0x20 && c < 0x7f) {
                sb.append((char) c);
            } else {
                sb.append(backslashed(c));
            }
        }
        out.writeBytes(sb.toString().getBytes(StandardCharsets.ISO_8859_1));
    }

    // ---------------------------------------------------------------- decoding

    /** A decoding error: bytes {@code [start, end)} with CPython's reason. */
    private record Bad(int start, int end, String reason) {
    }

    static String decode(Runtime rt, byte[] b, String encoding, String errors) {
        String codec = known(rt, encoding, false);
        StringBuilder sb = new StringBuilder(b.length);
        int i = 0;
        int n = b.length;
        boolean big = codec.endsWith("_be");
        switch (codec) {
            case "utf_8_sig":
                if (n >= 3 && (b[0] & 0xff) == 0xef && (b[1] & 0xff) == 0xbb && (b[2] & 0xff) == 0xbf) {
                    i = 3;
                }
                break;
            case "utf_16":
                if (n >= 2 && (b[0] & 0xff) == 0xfe && (b[1] & 0xff) == 0xff) {
                    big = true;
                    i = 2;
                } else if (n >= 2 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xfe) {
                    i = 2;
                }
                break;
            case "utf_32":
                if (n >= 4 && b[0] == 0 && b[1] == 0 && (b[2] & 0xff) == 0xfe && (b[3] & 0xff) == 0xff) {
                    big = true;
                    i = 4;
                } else if (n >= 4 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xfe && b[2] == 0 && b[3] == 0) {
                    i = 4;
                }
                break;
            case "latin_1":
                return new String(b, StandardCharsets.ISO_8859_1);
            case "unicode_escape":
            case "raw_unicode_escape":
                return escapeDecode(rt, codec, b, errors);
            default:
                break;
        }
        if (codec.equals("utf_16") || codec.equals("utf_32")) {
            codec += big ? "_be" : "_le"; // the byte order found names the codec in errors
        }
        int[] table = CODE_PAGES.containsKey(codec) ? codePage(codec) : null;
        int[] step = new int[1]; // bytes a UTF decoder's step read
        while (i < n) {
            Bad bad;
            if (codec.startsWith("utf_8")) {
                bad = utf8(rt, b, i, sb, step);
            } else if (codec.startsWith("utf_16")) {
                bad = utf16(rt, b, i, big, sb, step);
            } else if (codec.startsWith("utf_32")) {
                bad = utf32(rt, b, i, big, sb, step);
            } else {
                int c = b[i] & 0xff;
                int mapped = table != null ? table[c] : c < 0x80 ? c : -1;
                if (mapped >= 0) {
                    sb.appendCodePoint(mapped);
                    i++;
                    continue;
                }
                bad = new Bad(i, i + 1, table != null ? "character maps to <undefined>" : "ordinal not in range(128)");
            }
            if (bad == null) {
                i += step[0];
                continue;
            }
            i = decodeError(rt, codec, b, bad, errors, sb);
        }
        return sb.toString();
    }

    /** Characters of one UTF-8 sequence at {@code i} into {@code sb}, or what is wrong with it. */
    private static Bad utf8(Runtime rt, byte[] b, int i, StringBuilder sb, int[] step) {
        int c = b[i] & 0xff;
        if (c < 0x80) {
            sb.append((char) c);
            step[0] = 1;
            return null;
        }
        int n = c >= 0xf0 && c <= 0xf4 ? 4 : c >= 0xe0 && c <= 0xef ? 3 : c >= 0xc2 && c <= 0xdf ? 2 : 0;
        if (n == 0) {
            return new Bad(i, i + 1, "invalid start byte");
        }
        int k = 1;
        while (k < n && i + k < b.length) {
            int x = b[i + k] & 0xff;
            int lo = 0x80;
            int hi = 0xbf;
            if (k == 1) {
                if (c == 0xe0) {
                    lo = 0xa0;
                } else if (c == 0xed && !Level.py2(rt)) {
                    hi = 0x9f; // 3.x refuses encoded surrogates; 2.7 decodes them
                } else if (c == 0xf0) {
                    lo = 0x90;
                } else if (c == 0xf4) {
                    hi = 0x8f;
                }
            }
            if (x < lo || x > hi) {
                return new Bad(i, i + k, "invalid continuation byte");
            }
            k++;
        }
        if (k < n) {
            return new Bad(i, b.length, "unexpected end of data");
        }
        int cp = n == 2 ? (c & 0x1f) << 6 | b[i + 1] & 0x3f
                : n == 3 ? (c & 0x0f) << 12 | (b[i + 1] & 0x3f) << 6 | b[i + 2] & 0x3f
                        : (c & 0x07) << 18 | (b[i + 1] & 0x3f) << 12 | (b[i + 2] & 0x3f) << 6 | b[i + 3] & 0x3f;
        sb.appendCodePoint(cp);
        step[0] = n;
        return null;
    }

    private static int unitAt(byte[] b, int i, int width, boolean big) {
        int v = 0;
        for (int k = 0; k < width; k++) {
            int x = b[i + k] & 0xff;
            v |= big ? x << 8 * (width - 1 - k) : x << 8 * k;
        }
        return v;
    }

    private static Bad utf16(Runtime rt, byte[] b, int i, boolean big, StringBuilder sb, int[] step) {
        int n = b.length;
        if (n - i < 2) {
            return new Bad(i, n, "truncated data");
        }
        int u = unitAt(b, i, 2, big);
        if (u < 0xd800 || u > 0xdfff) {
            sb.append((char) u);
            step[0] = 2;
            return null;
        }
        if (u >= 0xdc00) {
            // a lone low surrogate: before 3.7 the last unit of the data was "unexpected end of data"
            boolean last = n - i < 4;
            return new Bad(i, i + 2, last && !Level.modern(rt) ? "unexpected end of data" : "illegal encoding");
        }
        if (n - i < 4) {
            return new Bad(i, i + 2, "unexpected end of data");
        }
        int low = unitAt(b, i + 2, 2, big);
        if (low < 0xdc00 || low > 0xdfff) {
            return new Bad(i, i + 2, "illegal UTF-16 surrogate");
        }
        sb.appendCodePoint(0x10000 + ((u - 0xd800) << 10) + (low - 0xdc00));
        step[0] = 4;
        return null;
    }

    private static Bad utf32(Runtime rt, byte[] b, int i, boolean big, StringBuilder sb, int[] step) {
        int n = b.length;
        if (n - i < 4) {
            return new Bad(i, n, "truncated data");
        }
        long u = unitAt(b, i, 4, big) & 0xffffffffL;
        if (u > 0x10ffff) {
            return new Bad(i, i + 4, "code point not in range(0x110000)");
        }
        if (u >= 0xd800 && u <= 0xdfff && !Level.py2(rt)) {
            return new Bad(i, i + 4, "code point in surrogate code point range(0xd800, 0xe000)");
        }
        sb.appendCodePoint((int) u);
        step[0] = 4;
        return null;
    }

    /** Handles a decoding error by {@code errors}; returns where decoding goes on. */
    private static int decodeError(Runtime rt, String codec, byte[] b, Bad bad, String errors, StringBuilder sb) {
        boolean py2 = Level.py2(rt);
        switch (errors) {
            case "strict":
                throw decodeErrorOf(rt, codec, b, bad);
            case "ignore":
                return bad.end;
            case "replace":
                sb.append('\ufffd');
                return bad.end;
            case "backslashreplace":
                if (py2) {
                    throw cannotHandle();
                }
                for (int k = bad.start; k < bad.end; k++) {
                    sb.append(String.format("\\x%02x", b[k] & 0xff));
                }
                return bad.end;
            case "surrogateescape":
                if (py2) {
                    throw unknownHandler(errors);
                }
                for (int k = bad.start; k < bad.end; k++) {
                    if ((b[k] & 0xff) < 0x80) {
                        throw decodeErrorOf(rt, codec, b, bad);
                    }
                }
                for (int k = bad.start; k < bad.end; k++) {
                    sb.append((char) (0xdc00 + (b[k] & 0xff)));
                }
                return bad.end;
            case "surrogatepass":
                if (py2) {
                    throw unknownHandler(errors);
                }
                return surrogatePass(rt, codec, b, bad, sb);
            case "xmlcharrefreplace":
            case "namereplace":
                if (py2 && errors.equals("namereplace")) {
                    throw unknownHandler(errors);
                }
                throw cannotHandle();
            default:
                throw unknownHandler(errors);
        }
    }

    /** surrogatepass on decoding: an encoded surrogate at the error is taken as it is; anything else stays an error. */
    private static int surrogatePass(Runtime rt, String codec, byte[] b, Bad bad, StringBuilder sb) {
        int i = bad.start;
        if (codec.startsWith("utf_8") && i + 2 < b.length && (b[i] & 0xff) == 0xed && (b[i + 1] & 0xe0) == 0xa0
                && (b[i + 2] & 0xc0) == 0x80) {
            sb.append((char) (0xd000 | (b[i + 1] & 0x3f) << 6 | b[i + 2] & 0x3f));
            return i + 3;
        }
        if (codec.startsWith("utf_16") && i + 1 < b.length) {
            int u = unitAt(b, i, 2, codec.endsWith("_be"));
            if (u >= 0xd800 && u <= 0xdfff) {
                sb.append((char) u);
                return i + 2;
            }
        }
        if (codec.startsWith("utf_32") && i + 3 < b.length) {
            int u = unitAt(b, i, 4, codec.endsWith("_be"));
            if (u >= 0xd800 && u <= 0xdfff) {
                sb.append((char) u);
                return i + 4;
            }
        }
        throw decodeErrorOf(rt, codec, b, bad);
    }

    private static PyError decodeErrorOf(Runtime rt, String codec, byte[] b, Bad bad) {
        return PyError.raiseArgs("UnicodeDecodeError", Strings.text(rt, shown(rt, codec)), PyBytes.of(b.clone()), PyInt.of(bad.start),
                PyInt.of(bad.end), Strings.text(rt, bad.reason));
    }

    private static PyError cannotHandle() {
        return PyError.raise("TypeError", "don't know how to handle UnicodeDecodeError in error callback");
    }

    /** A code page's 256 characters (-1 where a byte maps to nothing), from the JDK's charset of the same table. */
    private static int[] codePage(String codec) {
        return CodePageTables.TABLES.get(codec);
    }

    /** Every code page's table, made once when a program first uses one (class initialisation is lazy and safe). */
    private static final class CodePageTables {
        static final Map<String, int[]> TABLES = tables();

        private static Map<String, int[]> tables() {
            Map<String, int[]> m = new HashMap<>();
            for (Map.Entry<String, String> e : CODE_PAGES.entrySet()) {
                Charset cs = Charset.forName(e.getValue());
                int[] table = new int[256];
                for (int k = 0; k < 256; k++) {
                    String s = new String(new byte[] {(byte) k}, cs);
                    table[k] = s.equals("\ufffd") ? -1 : s.codePointAt(0);
                }
                m.put(e.getKey(), table);
            }
            return Map.copyOf(m);
        }
    }

    /** unicode_escape and raw_unicode_escape decoding: backslash escapes, every other byte as its Latin-1 character. */
    private static String escapeDecode(Runtime rt, String codec, byte[] b, String errors) {
        boolean raw = codec.equals("raw_unicode_escape");
        StringBuilder sb = new StringBuilder(b.length);
        int n = b.length;
        int i = 0;
        while (i < n) {
            int c = b[i] & 0xff;
            if (c != '\\') {
                sb.append((char) c);
                i++;
                continue;
            }
            if (raw) {
                // only \\u and \\U are escapes, and only after an odd number of backslashes
                int run = 0;
                while (i + run < n && b[i + run] == '\\') {
                    run++;
                }
                if (run % 2 == 0 || i + run >= n || b[i + run] != 'u' && b[i + run] != 'U') {
                    sb.append("\\".repeat(run));
                    i += run;
                    continue;
                }
                sb.append("\\".repeat(run - 1));
                i += run - 1;
            }
            if (i + 1 >= n) {
                i = escapeError(rt, codec, b, new Bad(i, n, "\\ at end of string"), errors, sb);
                continue;
            }
            char e = (char) (b[i + 1] & 0xff);
            int digits = switch (e) {
                case 'x' -> raw ? 0 : 2;
                case 'u' -> 4;
                case 'U' -> 8;
                default -> 0;
            };
            if (digits > 0) {
                int v = 0;
                int k = 0;
                while (k < digits && i + 2 + k < n && Character.digit(b[i + 2 + k], 16) >= 0) {
                    v = v * 16 + Character.digit(b[i + 2 + k], 16);
                    k++;
                }
                if (k < digits) {
                    String what = e == 'x' ? "\\xXX" : e == 'u' ? "\\uXXXX" : "\\UXXXXXXXX";
                    i = escapeError(rt, codec, b, new Bad(i, i + 2 + k, "truncated " + what + (raw && Level.py2(rt) ? "" : " escape")), errors, sb);
                    continue;
                }
                if (v > 0x10ffff || v < 0) {
                    i = escapeError(rt, codec, b, new Bad(i, i + 2 + k, "illegal Unicode character"), errors, sb);
                    continue;
                }
                sb.appendCodePoint(v);
                i += 2 + digits;
                continue;
            }
            i += 2;
            switch (e) {
                case '\n' -> { }
                case '\\' -> sb.append('\\');
                case '\'' -> sb.append('\'');
                case '"' -> sb.append('"');
                case 'a' -> sb.append('\u0007');
                case 'b' -> sb.append('\b');
                case 'f' -> sb.append('\f');
                case 'n' -> sb.append('\n');
                case 'r' -> sb.append('\r');
                case 't' -> sb.append('\t');
                case 'v' -> sb.append('\u000b');
                case 'N' -> i = namedEscape(rt, codec, b, i - 2, errors, sb);
                default -> {
                    if (e >= '0' && e <= '7') {
                        int v = e - '0';
                        for (int k = 0; k < 2 && i < n && b[i] >= '0' && b[i] <= '7'; k++) {
                            v = v * 8 + b[i++] - '0';
                        }
                        sb.append((char) v);
                    } else {
                        sb.append('\\').append(e); // an unknown escape stays as it is
                    }
                }
            }
        }
        return sb.toString();
    }

    private static int namedEscape(Runtime rt, String codec, byte[] b, int start, String errors, StringBuilder sb) {
        int i = start + 2;
        int close = -1;
        if (i < b.length && b[i] == '{') {
            for (int k = i + 1; k < b.length; k++) {
                if (b[k] == '}') {
                    close = k;
                    break;
                }
            }
        }
        if (close < 0 || close == i + 1) {
            return escapeError(rt, codec, b, new Bad(start, close < 0 ? b.length : close + 1, "malformed \\N character escape"), errors, sb);
        }
        String name = new String(b, i + 1, close - i - 1, StandardCharsets.ISO_8859_1);
        int cp;
        try {
            cp = Character.codePointOf(name);
        } catch (IllegalArgumentException unknown) {
            return escapeError(rt, codec, b, new Bad(start, close + 1, "unknown Unicode character name"), errors, sb);
        }
        sb.appendCodePoint(cp);
        return close + 1;
    }

    private static int escapeError(Runtime rt, String codec, byte[] b, Bad bad, String errors, StringBuilder sb) {
        return decodeError(rt, codec, b, bad, errors, sb);
    }
}
