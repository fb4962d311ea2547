package org.pyvm.core.builtins;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.pyvm.core.objects.PyError;
import org.pyvm.core.runtime.Runtime;

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

    static byte[] encode(Runtime rt, String s, String encoding, String errors) {
        String enc = known(rt, encoding);
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
                    String what = j > i ? "characters in position " + i + "-" + j : "character " + charRepr(rt, c) + " in position " + i;
                    throw PyError.raise("UnicodeEncodeError", "'" + shown(rt, enc) + "' codec can't encode " + what + ": " + reason);
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

    private static String charRepr(Runtime rt, int c) {
        String r = "'" + escape(c) + "'";
        return Level.py2(rt) ? "u" + r : r;
    }

    static String decode(Runtime rt, byte[] b, String encoding, String errors) {
        String enc = known(rt, encoding);
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
                    String what = end - i > 1 ? "bytes in position " + i + "-" + (end - 1) : "byte 0x" + String.format("%02x", c) + " in position " + i;
                    throw PyError.raise("UnicodeDecodeError", "'" + shown(rt, enc) + "' codec can't decode " + what + ": " + reason);
                }
                default:
                    throw PyError.raise("LookupError", "unknown error handler name '" + errors + "'");
            }
            i = end;
        }
        return sb.toString();
    }
}
