package org.pyvm.core.builtins;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.pyvm.core.objects.PyBytes;
import org.pyvm.core.objects.PyError;
import org.pyvm.core.objects.PyInt;
import org.pyvm.core.objects.PyStr;
import org.pyvm.core.runtime.Runtime;
import org.pyvm.core.runtime.Strings;

/** str.encode / bytes.decode for the codecs programs use (utf-8, ascii, latin-1) with CPython's error handlers and messages. */
final class Codecs {
    private Codecs() {
    }

    /** The codec's canonical name as CPython's error messages spell it, or null when unknown. */
    static String normalize(String encoding) {
        String e = encoding.toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
        switch (e) {
            case "utf-8": case "utf8": case "u8": case "utf": case "cp65001":
                return "utf-8";
            case "ascii": case "us-ascii": case "646": case "us":
                return "ascii";
            case "latin-1": case "latin1": case "iso-8859-1": case "iso8859-1": case "8859": case "cp819": case "l1": case "latin":
                return "latin-1";
            case "utf-16": case "utf16": case "u16":
                return "utf-16";
            case "utf-16-le": case "utf-16le":
                return "utf-16-le";
            case "utf-16-be": case "utf-16be":
                return "utf-16-be";
            case "utf-32": case "utf32": case "u32":
                return "utf-32";
            case "utf-32-le": case "utf-32le":
                return "utf-32-le";
            case "utf-32-be": case "utf-32be":
                return "utf-32-be";
            default:
                return null;
        }
    }

    private static String known(Runtime rt, String encoding) {
        String n = normalize(encoding);
        if (n == null) {
            throw PyError.raise("LookupError", "unknown encoding: " + encoding);
        }
        return n;
    }

    /** UTF-16 and UTF-32 through Java's charsets; the plain names write a little-endian byte-order mark, as CPython does here. */
    private static java.nio.charset.Charset wide(String enc) {
        switch (enc) {
            case "utf-16":
            case "utf-16-le":
                return StandardCharsets.UTF_16LE;
            case "utf-16-be":
                return StandardCharsets.UTF_16BE;
            case "utf-32":
            case "utf-32-le":
                return java.nio.charset.Charset.forName("UTF-32LE");
            case "utf-32-be":
                return java.nio.charset.Charset.forName("UTF-32BE");
            default:
                return null;
        }
    }

    static byte[] encode(Runtime rt, String s, String encoding, String errors) {
        String enc = known(rt, encoding);
        java.nio.charset.Charset wide = wide(enc);
        if (wide != null) {
            byte[] body = s.getBytes(wide);
            byte[] bom = enc.equals("utf-16") ? new byte[] {(byte) 0xff, (byte) 0xfe}
                    : enc.equals("utf-32") ? new byte[] {(byte) 0xff, (byte) 0xfe, 0, 0} : new byte[0];
            byte[] out = java.util.Arrays.copyOf(bom, bom.length + body.length);
            System.arraycopy(body, 0, out, bom.length, body.length);
            return out;
        }
        if (enc.equals("utf-8")) {
            int bad = firstSurrogate(s);
            if (bad < 0) {
                return s.getBytes(StandardCharsets.UTF_8);
            }
        }
        int limit = enc.equals("ascii") ? 0x80 : enc.equals("latin-1") ? 0x100 : 0x110000;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int[] cps = s.codePoints().toArray();
        for (int i = 0; i < cps.length; i++) {
            int c = cps[i];
            boolean ok = c < limit && !(enc.equals("utf-8") && c >= 0xd800 && c <= 0xdfff);
            if (ok) {
                if (enc.equals("utf-8")) {
                    out.writeBytes(new String(Character.toChars(c)).getBytes(StandardCharsets.UTF_8));
                } else {
                    out.write(c);
                }
                continue;
            }
            int j = i;
            while (j + 1 < cps.length && !(cps[j + 1] < limit)) {
                j++;
            }
            switch (errors) {
                case "ignore":
                    break;
                case "replace":
                    out.write('?');
                    break;
                case "xmlcharrefreplace":
                    out.writeBytes(("&#" + c + ";").getBytes(StandardCharsets.US_ASCII));
                    break;
                case "backslashreplace":
                    out.writeBytes(escape(c).getBytes(StandardCharsets.US_ASCII));
                    break;
                case "strict": {
                    String reason = enc.equals("utf-8") ? "surrogates not allowed" : "ordinal not in range(" + limit + ")";
                    // CPython's five arguments; str(e) is made from them (runtime Exceptions)
                    throw PyError.raiseArgs("UnicodeEncodeError", Strings.text(rt, shown(rt, enc)),
                            PyStr.ofCodePoints(cps, cps.length), PyInt.of(i), PyInt.of(j + 1), Strings.text(rt, reason));
                }
                default:
                    throw PyError.raise("LookupError", "unknown error handler name '" + errors + "'");
            }
        }
        return out.toByteArray();
    }

    /** 2.7 names its UTF-8 codec 'utf8' in errors. */
    private static String shown(Runtime rt, String enc) {
        return Level.py2(rt) && enc.equals("utf-8") ? "utf8" : enc;
    }

    private static int firstSurrogate(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }

    private static String escape(int c) {
        if (c < 0x100) {
            return String.format("\\x%02x", c);
        }
        if (c < 0x10000) {
            return String.format("\\u%04x", c);
        }
        return String.format("\\U%08x", c);
    }

    static String decode(Runtime rt, byte[] b, String encoding, String errors) {
        String enc = known(rt, encoding);
        java.nio.charset.Charset wide = wide(enc);
        if (wide != null) {
            if (enc.equals("utf-16") && b.length >= 2 && (b[0] & 0xff) == 0xfe && (b[1] & 0xff) == 0xff) {
                return new String(b, 2, b.length - 2, StandardCharsets.UTF_16BE);
            }
            boolean bom = enc.equals("utf-16") && b.length >= 2 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xfe
                    || enc.equals("utf-32") && b.length >= 4 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xfe && b[2] == 0 && b[3] == 0;
            int skip = bom ? (enc.equals("utf-16") ? 2 : 4) : 0;
            return new String(b, skip, b.length - skip, wide);
        }
        if (enc.equals("latin-1")) {
            return new String(b, StandardCharsets.ISO_8859_1);
        }
        StringBuilder sb = new StringBuilder();
        int i = 0;
        while (i < b.length) {
            int c = b[i] & 0xff;
            if (c < 0x80) {
                sb.append((char) c);
                i++;
                continue;
            }
            String reason;
            int end = i + 1;
            if (enc.equals("ascii")) {
                reason = "ordinal not in range(128)";
            } else {
                int n = c >= 0xf0 && c <= 0xf4 ? 4 : c >= 0xe0 ? 3 : c >= 0xc2 && c <= 0xdf ? 2 : 0;
                if (n == 0 || c > 0xf4) {
                    reason = "invalid start byte";
                } else {
                    int k = 1;
                    boolean bad = false;
                    while (k < n && i + k < b.length) {
                        int x = b[i + k] & 0xff;
                        int lo = 0x80;
                        int hi = 0xbf;
                        if (k == 1) {
                            if (c == 0xe0) {
                                lo = 0xa0;
                            } else if (c == 0xed) {
                                hi = 0x9f;
                            } else if (c == 0xf0) {
                                lo = 0x90;
                            } else if (c == 0xf4) {
                                hi = 0x8f;
                            }
                        }
                        if (x < lo || x > hi) {
                            bad = true;
                            break;
                        }
                        k++;
                    }
                    if (!bad && k == n) {
                        sb.append(new String(b, i, n, StandardCharsets.UTF_8));
                        i += n;
                        continue;
                    }
                    if (!bad && i + k >= b.length) {
                        reason = "unexpected end of data";
                        end = b.length;
                    } else {
                        reason = "invalid continuation byte";
                    }
                }
            }
            switch (errors) {
                case "ignore":
                    break;
                case "replace":
                    sb.append('\ufffd');
                    break;
                case "backslashreplace":
                    for (int k = i; k < end; k++) {
                        sb.append(String.format("\\x%02x", b[k] & 0xff));
                    }
                    break;
                case "strict": {
                    throw PyError.raiseArgs("UnicodeDecodeError", Strings.text(rt, shown(rt, enc)), PyBytes.of(b.clone()),
                            PyInt.of(i), PyInt.of(end), Strings.text(rt, reason));
                }
                default:
                    throw PyError.raise("LookupError", "unknown error handler name '" + errors + "'");
            }
            i = end;
        }
        return sb.toString();
    }
}
