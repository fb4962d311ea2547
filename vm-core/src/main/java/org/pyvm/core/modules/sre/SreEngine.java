package org.pyvm.core.modules.sre;

import java.util.Arrays;
import org.pyvm.core.objects.PyError;

/**
 * The matcher: executes the code list that the version's own {@code sre_compile.py} (3.11:
 * {@code re/_compiler.py}) produced, over a subject held as an array of code points (text) or of
 * unsigned byte values (bytes), with backtracking as CPython's SRE does.
 *
 * <p>Matching is written as continuation through the code: {@link #match} runs the code from an
 * instruction to a {@code SUCCESS}, and each choice point (a branch alternative, one more or one
 * fewer repetition) calls it recursively for the rest of the pattern, undoing the group marks when
 * that fails. A {@code REPEAT ... MAX_UNTIL} loop keeps its count in a chain of repeat contexts, as
 * SRE does, so that {@code MAX_UNTIL}/{@code MIN_UNTIL} can choose between another pass through the
 * body and the tail. {@code SUCCESS} ends the body of a lookaround, an atomic group or a single-item
 * repeat; at the top level it ends the whole match (with {@code fullmatch}'s and the empty-match
 * rules checked there).
 */
final class SreEngine {
    final SreOps ops;
    final int[] code;
    final int[] s;
    final int end;
    final int flags;
    /** Case folding for the version-neutral IGNORE opcodes (2.7/3.6: by the flags; 3.11: ASCII). */
    final int defaultFold;

    int[] marks;
    int lastmark = -1;
    int lastindex = -1;
    Repeat repeat;
    /** The start of the current attempt (for must-advance) and the match's start, as SRE's state.start. */
    int start;
    boolean matchAll;
    boolean mustAdvance;

    static final int FOLD_ASCII = 0;
    static final int FOLD_UNICODE = 1;
    static final int FOLD_LOCALE = 2;

    /** A REPEAT's live context: its count, the code of its REPEAT, and the position of its last pass. */
    static final class Repeat {
        int count = -1;
        final int pc;
        int lastPtr = -1;
        final Repeat prev;

        Repeat(int pc, Repeat prev) {
            this.pc = pc;
            this.prev = prev;
        }
    }

    SreEngine(SreOps ops, int[] code, int[] s, int end, int flags, int groups) {
        this.ops = ops;
        this.code = code;
        this.s = s;
        this.end = end;
        this.flags = flags;
        this.marks = new int[Math.max(2, groups * 2)];
        Arrays.fill(marks, -1);
        if (ops.version311) {
            this.defaultFold = FOLD_ASCII;
        } else if ((flags & SreOps.FLAG_LOCALE) != 0) {
            this.defaultFold = FOLD_LOCALE;
        } else if ((flags & SreOps.FLAG_UNICODE) != 0) {
            this.defaultFold = FOLD_UNICODE;
        } else {
            this.defaultFold = FOLD_ASCII;
        }
    }

    void reset() {
        Arrays.fill(marks, -1);
        lastmark = -1;
        lastindex = -1;
        repeat = null;
    }

    /** An anchored match at {@code pos}: the end position, or -1. */
    int matchAt(int pos) {
        reset();
        start = pos;
        return match(0, pos, true);
    }

    /** The first match at or after {@code pos}: sets {@link #start} and returns the end, or -1. */
    int search(int pos) {
        int min = 0;
        if (code.length > 3 && ops.op(code[0]) == SreOps.INFO) {
            min = code[3];
        }
        boolean anchored = false;
        int first = code.length > 0 && ops.op(code[0]) == SreOps.INFO ? 1 + code[1] : 0;
        if (first < code.length && ops.op(code[first]) == SreOps.AT
                && (code[first + 1] == SreOps.AT_BEGINNING || code[first + 1] == SreOps.AT_BEGINNING_STRING)) {
            anchored = true;
        }
        reset();
        for (int p = pos; p <= end; p++) {
            if (min > 0 && end - p < min) {
                return -1;
            }
            if (ops.mustAdvance) {
                lastmark = -1; // 3.7+ forgets the groups a failed attempt set; 2.7 and 3.6 keep them
                lastindex = -1;
            }
            repeat = null;
            start = p;
            int r = match(0, p, true);
            mustAdvance = false;
            if (r >= 0) {
                return r;
            }
            if (anchored) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * MARK_PUSH: the marks up to {@code lastmark}. 2.7 and 3.6 save them only when {@code lastmark > 0},
     * so a lone first mark is not put back on backtracking there (visible in which text group 1 shows).
     */
    private int[] pushMarks() {
        return lastmark < (ops.version311 ? 0 : 1) ? null : Arrays.copyOf(marks, lastmark + 1);
    }

    /** MARK_POP / MARK_POP_KEEP: put back the marks pushed. */
    private void popMarks(int[] pushed) {
        if (pushed != null) {
            System.arraycopy(pushed, 0, marks, 0, pushed.length);
        }
    }

    private static long unsigned(int v) {
        return v & 0xFFFFFFFFL;
    }

    private boolean unbounded(int max) {
        return max == SreOps.MAXREPEAT_CODE;
    }

    /** Runs the code from {@code pc} at {@code ptr} to a SUCCESS: the position there, or -1. */
    int match(int pc, int ptr, boolean top) {
        while (true) {
            int op = ops.op(code[pc]);
            pc++;
            switch (op) {
                case SreOps.FAILURE:
                    return -1;
                case SreOps.SUCCESS:
                    if (top) {
                        if (matchAll && ptr != end) {
                            return -1;
                        }
                        if (mustAdvance && ptr == start) {
                            return -1;
                        }
                    }
                    return ptr;
                case SreOps.AT:
                    if (!at(code[pc], ptr)) {
                        return -1;
                    }
                    pc++;
                    break;
                case SreOps.CATEGORY:
                    if (ptr >= end || !SreChars.category(code[pc], s[ptr])) {
                        return -1;
                    }
                    pc++;
                    ptr++;
                    break;
                case SreOps.ANY:
                    if (ptr >= end || s[ptr] == '\n') {
                        return -1;
                    }
                    ptr++;
                    break;
                case SreOps.ANY_ALL:
                    if (ptr >= end) {
                        return -1;
                    }
                    ptr++;
                    break;
                case SreOps.LITERAL:
                case SreOps.NOT_LITERAL:
                case SreOps.LITERAL_IGNORE:
                case SreOps.NOT_LITERAL_IGNORE:
                case SreOps.LITERAL_UNI_IGNORE:
                case SreOps.NOT_LITERAL_UNI_IGNORE:
                case SreOps.LITERAL_LOC_IGNORE:
                case SreOps.NOT_LITERAL_LOC_IGNORE:
                    if (ptr >= end || !literal(op, code[pc], s[ptr])) {
                        return -1;
                    }
                    pc++;
                    ptr++;
                    break;
                case SreOps.IN:
                case SreOps.IN_IGNORE:
                case SreOps.IN_UNI_IGNORE:
                case SreOps.IN_LOC_IGNORE:
                    if (ptr >= end || !in(op, pc + 1, s[ptr])) {
                        return -1;
                    }
                    pc += code[pc];
                    ptr++;
                    break;
                case SreOps.INFO:
                    if (end - ptr < code[pc + 2] && code[pc + 2] >= 0) {
                        return -1;
                    }
                    pc += code[pc];
                    break;
                case SreOps.JUMP:
                    pc += code[pc];
                    break;
                case SreOps.MARK: {
                    int i = code[pc];
                    if (i >= marks.length) {
                        marks = grow(marks, i + 2);
                    }
                    if ((i & 1) != 0) {
                        lastindex = i / 2 + 1;
                    }
                    if (i > lastmark) {
                        for (int j = lastmark + 1; j < i; j++) {
                            marks[j] = -1;
                        }
                        lastmark = i;
                    }
                    marks[i] = ptr;
                    pc++;
                    break;
                }
                case SreOps.BRANCH:
                    return branch(pc, ptr, top);
                case SreOps.REPEAT_ONE:
                    return repeatOne(pc, ptr, top);
                case SreOps.MIN_REPEAT_ONE:
                    return minRepeatOne(pc, ptr, top);
                case SreOps.POSSESSIVE_REPEAT_ONE: {
                    int min = code[pc + 1];
                    int max = code[pc + 2];
                    long limit = unbounded(max) ? Long.MAX_VALUE : unsigned(max);
                    int n = count(pc + 3, ptr, limit);
                    if (n < 0 || n < min) {
                        return -1;
                    }
                    ptr += n;
                    pc += code[pc];
                    break;
                }
                case SreOps.REPEAT: {
                    Repeat rep = new Repeat(pc, repeat);
                    repeat = rep;
                    int r = match(pc + code[pc], ptr, top);
                    repeat = rep.prev;
                    return r;
                }
                case SreOps.MAX_UNTIL:
                    return maxUntil(ptr, top);
                case SreOps.MIN_UNTIL:
                    return minUntil(ptr, top);
                case SreOps.POSSESSIVE_REPEAT: {
                    int next = possessiveRepeat(pc, ptr);
                    if (next < 0) {
                        return -1;
                    }
                    ptr = next;
                    pc += code[pc];
                    pc++; // the SUCCESS that ends the body
                    break;
                }
                case SreOps.ATOMIC_GROUP: {
                    Repeat saved = repeat;
                    repeat = null;
                    int r = match(pc + 1, ptr, false);
                    repeat = saved;
                    if (r < 0) {
                        return -1;
                    }
                    ptr = r;
                    pc += code[pc];
                    break;
                }
                case SreOps.GROUPREF:
                case SreOps.GROUPREF_IGNORE:
                case SreOps.GROUPREF_UNI_IGNORE:
                case SreOps.GROUPREF_LOC_IGNORE: {
                    int g = code[pc];
                    int a = 2 * g < marks.length && 2 * g <= lastmark ? marks[2 * g] : -1;
                    int b = 2 * g + 1 < marks.length && 2 * g + 1 <= lastmark ? marks[2 * g + 1] : -1;
                    if (a < 0 || b < 0 || b < a) {
                        return -1;
                    }
                    int fold = op == SreOps.GROUPREF ? -1 : foldOf(op);
                    for (int k = a; k < b; k++) {
                        if (ptr >= end) {
                            return -1;
                        }
                        int x = s[k];
                        int y = s[ptr];
                        if (fold < 0 ? x != y : SreChars.lower(fold, x) != SreChars.lower(fold, y)) {
                            return -1;
                        }
                        ptr++;
                    }
                    pc++;
                    break;
                }
                case SreOps.GROUPREF_EXISTS: {
                    int g = code[pc];
                    int a = 2 * g <= lastmark && 2 * g + 1 < marks.length ? marks[2 * g] : -1;
                    int b = 2 * g + 1 <= lastmark && 2 * g + 1 < marks.length ? marks[2 * g + 1] : -1;
                    if (a < 0 || b < 0 || b < a) {
                        pc += code[pc + 1];
                    } else {
                        pc += 2;
                    }
                    break;
                }
                case SreOps.ASSERT: {
                    int back = code[pc + 1];
                    if (ptr - back < 0) {
                        return -1;
                    }
                    Repeat saved = repeat;
                    int r = match(pc + 2, ptr - back, false);
                    repeat = saved;
                    if (r < 0) {
                        return -1;
                    }
                    pc += code[pc];
                    break;
                }
                case SreOps.ASSERT_NOT: {
                    int back = code[pc + 1];
                    if (ptr - back >= 0) {
                        Repeat savedRep = repeat;
                        int r = match(pc + 2, ptr - back, false);
                        repeat = savedRep;
                        if (r >= 0) {
                            return -1;
                        }
                    }
                    pc += code[pc];
                    break;
                }
                case SreOps.CALL:
                case SreOps.SUBPATTERN:
                default:
                    throw PyError.raise("RuntimeError", "internal error in regular expression engine");
            }
        }
    }

    private static int[] grow(int[] m, int n) {
        int[] r = Arrays.copyOf(m, Math.max(n, m.length * 2));
        Arrays.fill(r, m.length, r.length, -1);
        return r;
    }

    private int branch(int pc, int ptr, boolean top) {
        int savedLastmark = lastmark;
        int savedLastindex = lastindex;
        int[] pushed = repeat != null ? pushMarks() : null;
        Repeat rep = repeat;
        while (code[pc] != 0) {
            int alt = pc + 1;
            int first = ops.op(code[alt]);
            boolean quickFail = first == SreOps.LITERAL && (ptr >= end || s[ptr] != code[alt + 1])
                    || first == SreOps.IN && (ptr >= end || !in(first, alt + 2, s[ptr]));
            if (!quickFail) {
                int r = match(alt, ptr, top);
                if (r >= 0) {
                    return r;
                }
                repeat = rep;
                popMarks(pushed);
                lastmark = savedLastmark;
                lastindex = savedLastindex;
            }
            pc += code[pc];
        }
        return -1;
    }

    /** REPEAT_ONE skip min max item SUCCESS tail: as many single-width items as fit, then give back. */
    private int repeatOne(int pc, int ptr, boolean top) {
        int min = code[pc + 1];
        int max = code[pc + 2];
        if (ptr + min > end) {
            return -1;
        }
        long limit = unbounded(max) ? Long.MAX_VALUE : unsigned(max);
        int n = count(pc + 3, ptr, limit);
        if (n < min) {
            return -1;
        }
        int tail = pc + code[pc];
        int tailOp = ops.op(code[tail]);
        if (tailOp == SreOps.SUCCESS && !(top && (matchAll || mustAdvance))) {
            return ptr + n;
        }
        int savedLastmark = lastmark;
        int savedLastindex = lastindex;
        int[] pushed = repeat != null && ops.version311 ? pushMarks() : null;
        Repeat rep = repeat;
        int next = tailOp == SreOps.LITERAL ? code[tail + 1] : -1;
        for (int c = n; c >= min; c--) {
            int p = ptr + c;
            if (next >= 0 && (p >= end || s[p] != next)) {
                continue;
            }
            int r = match(tail, p, top);
            if (r >= 0) {
                return r;
            }
            repeat = rep;
            popMarks(pushed);
            lastmark = savedLastmark;
            lastindex = savedLastindex;
        }
        return -1;
    }

    private int minRepeatOne(int pc, int ptr, boolean top) {
        int min = code[pc + 1];
        int max = code[pc + 2];
        if (ptr + min > end) {
            return -1;
        }
        int n = 0;
        if (min > 0) {
            n = count(pc + 3, ptr, min);
            if (n < min) {
                return -1;
            }
        }
        int tail = pc + code[pc];
        int p = ptr + n;
        if (ops.op(code[tail]) == SreOps.SUCCESS && !(top && (matchAll || mustAdvance))) {
            return p;
        }
        long limit = unbounded(max) ? Long.MAX_VALUE : unsigned(max);
        int savedLastmark = lastmark;
        int savedLastindex = lastindex;
        int[] pushed = repeat != null && ops.version311 ? pushMarks() : null;
        Repeat rep = repeat;
        while (true) {
            int r = match(tail, p, top);
            if (r >= 0) {
                return r;
            }
            repeat = rep;
            popMarks(pushed);
            lastmark = savedLastmark;
            lastindex = savedLastindex;
            if (n >= limit) {
                return -1;
            }
            int one = count(pc + 3, p, 1);
            if (one <= 0) {
                return -1;
            }
            p++;
            n++;
        }
    }

    private int maxUntil(int ptr, boolean top) {
        Repeat rp = repeat;
        if (rp == null) {
            throw PyError.raise("RuntimeError", "internal error in regular expression engine");
        }
        int rpc = rp.pc;
        int min = code[rpc + 1];
        int max = code[rpc + 2];
        int count = rp.count + 1;
        if (count < min) {
            rp.count = count;
            int r = match(rpc + 3, ptr, top);
            if (r >= 0) {
                return r;
            }
            rp.count = count - 1;
            return -1;
        }
        if ((unbounded(max) || count < unsigned(max)) && ptr != rp.lastPtr) {
            rp.count = count;
            int savedLastmark = lastmark;
            int savedLastindex = lastindex;
            int[] pushed = pushMarks();
            int lastPtr = rp.lastPtr;
            rp.lastPtr = ptr;
            int r = match(rpc + 3, ptr, top);
            rp.lastPtr = lastPtr;
            if (r >= 0) {
                return r;
            }
            popMarks(pushed);
            lastmark = savedLastmark;
            lastindex = savedLastindex;
            repeat = rp;
            rp.count = count - 1;
        }
        repeat = rp.prev;
        int r = match(rpc + code[rpc] + 1, ptr, top);
        if (r >= 0) {
            return r;
        }
        repeat = rp;
        return -1;
    }

    private int minUntil(int ptr, boolean top) {
        Repeat rp = repeat;
        if (rp == null) {
            throw PyError.raise("RuntimeError", "internal error in regular expression engine");
        }
        int rpc = rp.pc;
        int min = code[rpc + 1];
        int max = code[rpc + 2];
        int count = rp.count + 1;
        if (count < min) {
            rp.count = count;
            int r = match(rpc + 3, ptr, top);
            if (r >= 0) {
                return r;
            }
            rp.count = count - 1;
            return -1;
        }
        int savedLastmark = lastmark;
        int savedLastindex = lastindex;
        repeat = rp.prev;
        int[] pushed = repeat != null && ops.version311 ? pushMarks() : null;
        int r = match(rpc + code[rpc] + 1, ptr, top);
        if (r >= 0) {
            return r;
        }
        repeat = rp;
        popMarks(pushed);
        lastmark = savedLastmark;
        lastindex = savedLastindex;
        if ((!unbounded(max) && count >= unsigned(max)) || ptr == rp.lastPtr) {
            return -1;
        }
        rp.count = count;
        int lastPtr = rp.lastPtr;
        rp.lastPtr = ptr;
        r = match(rpc + 3, ptr, top);
        rp.lastPtr = lastPtr;
        if (r >= 0) {
            return r;
        }
        rp.count = count - 1;
        return -1;
    }

    /** POSSESSIVE_REPEAT skip min max body SUCCESS: passes through the body, none given back. */
    private int possessiveRepeat(int pc, int ptr) {
        int min = code[pc + 1];
        int max = code[pc + 2];
        long limit = unbounded(max) ? Long.MAX_VALUE : unsigned(max);
        long n = 0;
        Repeat saved = repeat;
        while (n < limit) {
            repeat = null;
            int savedLastmark = lastmark;
            int savedLastindex = lastindex;
            int[] pushed = pushMarks();
            int r = match(pc + 3, ptr, false);
            repeat = saved;
            if (r < 0) {
                popMarks(pushed);
                lastmark = savedLastmark;
                lastindex = savedLastindex;
                break;
            }
            n++;
            if (r == ptr) {
                break;
            }
            ptr = r;
        }
        return n < min ? -1 : ptr;
    }

    /** How many times (up to {@code limit}) the single-width item at {@code pc} matches from {@code ptr}. */
    int count(int pc, int ptr, long limit) {
        int stop = (int) Math.min(end, ptr + Math.min(limit, Integer.MAX_VALUE));
        int p = ptr;
        int op = ops.op(code[pc]);
        switch (op) {
            case SreOps.ANY:
                while (p < stop && s[p] != '\n') {
                    p++;
                }
                return p - ptr;
            case SreOps.ANY_ALL:
                return stop - ptr;
            case SreOps.IN:
            case SreOps.IN_IGNORE:
            case SreOps.IN_UNI_IGNORE:
            case SreOps.IN_LOC_IGNORE:
                while (p < stop && in(op, pc + 2, s[p])) {
                    p++;
                }
                return p - ptr;
            case SreOps.LITERAL:
            case SreOps.NOT_LITERAL:
            case SreOps.LITERAL_IGNORE:
            case SreOps.NOT_LITERAL_IGNORE:
            case SreOps.LITERAL_UNI_IGNORE:
            case SreOps.NOT_LITERAL_UNI_IGNORE:
            case SreOps.LITERAL_LOC_IGNORE:
            case SreOps.NOT_LITERAL_LOC_IGNORE: {
                int c = code[pc + 1];
                while (p < stop && literal(op, c, s[p])) {
                    p++;
                }
                return p - ptr;
            }
            case SreOps.CATEGORY: {
                int c = code[pc + 1];
                while (p < stop && SreChars.category(c, s[p])) {
                    p++;
                }
                return p - ptr;
            }
            default: {
                Repeat saved = repeat;
                while (p < stop) {
                    int r = match(pc, p, false);
                    repeat = saved;
                    if (r < 0) {
                        break;
                    }
                    p = r;
                }
                return p - ptr;
            }
        }
    }

    private int foldOf(int op) {
        switch (op) {
            case SreOps.LITERAL_UNI_IGNORE:
            case SreOps.NOT_LITERAL_UNI_IGNORE:
            case SreOps.IN_UNI_IGNORE:
            case SreOps.GROUPREF_UNI_IGNORE:
                return FOLD_UNICODE;
            case SreOps.LITERAL_LOC_IGNORE:
            case SreOps.NOT_LITERAL_LOC_IGNORE:
            case SreOps.IN_LOC_IGNORE:
            case SreOps.GROUPREF_LOC_IGNORE:
                return FOLD_LOCALE;
            default:
                return defaultFold;
        }
    }

    private boolean literal(int op, int c, int ch) {
        switch (op) {
            case SreOps.LITERAL:
                return ch == c;
            case SreOps.NOT_LITERAL:
                return ch != c;
            case SreOps.LITERAL_LOC_IGNORE:
                return locIgnore(c, ch);
            case SreOps.NOT_LITERAL_LOC_IGNORE:
                return !locIgnore(c, ch);
            case SreOps.NOT_LITERAL_IGNORE:
            case SreOps.NOT_LITERAL_UNI_IGNORE:
                return SreChars.lower(foldOf(op), ch) != c;
            default:
                return SreChars.lower(foldOf(op), ch) == c;
        }
    }

    private static boolean locIgnore(int c, int ch) {
        return ch == c || SreChars.lower(FOLD_LOCALE, ch) == c || SreChars.upper(FOLD_LOCALE, ch) == c;
    }

    private boolean in(int op, int set, int ch) {
        switch (op) {
            case SreOps.IN:
                return inSet(set, ch);
            case SreOps.IN_LOC_IGNORE:
                return inSet(set, ch) || inSet(set, SreChars.lower(FOLD_LOCALE, ch)) || inSet(set, SreChars.upper(FOLD_LOCALE, ch));
            default:
                return inSet(set, SreChars.lower(foldOf(op), ch));
        }
    }

    /** Whether {@code ch} is in the set whose items start at {@code pc} (ended by FAILURE). */
    boolean inSet(int pc, int ch) {
        boolean ok = true;
        while (true) {
            int op = ops.op(code[pc++]);
            switch (op) {
                case SreOps.FAILURE:
                    return !ok;
                case SreOps.LITERAL:
                    if (ch == code[pc]) {
                        return ok;
                    }
                    pc++;
                    break;
                case SreOps.CATEGORY:
                    if (SreChars.category(code[pc], ch)) {
                        return ok;
                    }
                    pc++;
                    break;
                case SreOps.CHARSET:
                    if (ch < 256 && ((code[pc + (ch >> 5)] >>> (ch & 31)) & 1) != 0) {
                        return ok;
                    }
                    pc += 8;
                    break;
                case SreOps.RANGE:
                    if (code[pc] <= ch && ch <= code[pc + 1]) {
                        return ok;
                    }
                    pc += 2;
                    break;
                case SreOps.RANGE_UNI_IGNORE: {
                    if (code[pc] <= ch && ch <= code[pc + 1]) {
                        return ok;
                    }
                    int u = SreChars.upper(ops.version311 ? FOLD_UNICODE : defaultFold, ch);
                    if (code[pc] <= u && u <= code[pc + 1]) {
                        return ok;
                    }
                    pc += 2;
                    break;
                }
                case SreOps.NEGATE:
                    ok = !ok;
                    break;
                case SreOps.BIGCHARSET: {
                    int n = code[pc++];
                    int block = -1;
                    if (ch < 65536) {
                        int word = code[pc + ((ch >> 8) >> 2)];
                        block = (word >>> (((ch >> 8) & 3) * 8)) & 0xff; // the block numbers, as bytes in native (little-endian) words
                    }
                    pc += 64;
                    if (block >= 0 && ((code[pc + block * 8 + ((ch & 255) >> 5)] >>> (ch & 31)) & 1) != 0) {
                        return ok;
                    }
                    pc += n * 8;
                    break;
                }
                default:
                    throw PyError.raise("RuntimeError", "internal error in regular expression engine");
            }
        }
    }

    private boolean at(int at, int ptr) {
        switch (at) {
            case SreOps.AT_BEGINNING:
            case SreOps.AT_BEGINNING_STRING:
                return ptr == 0;
            case SreOps.AT_BEGINNING_LINE:
                return ptr == 0 || s[ptr - 1] == '\n';
            case SreOps.AT_END:
                return ptr == end || (ptr + 1 == end && s[ptr] == '\n');
            case SreOps.AT_END_LINE:
                return ptr == end || s[ptr] == '\n';
            case SreOps.AT_END_STRING:
                return ptr == end;
            case SreOps.AT_BOUNDARY:
            case SreOps.AT_NON_BOUNDARY:
            case SreOps.AT_LOC_BOUNDARY:
            case SreOps.AT_LOC_NON_BOUNDARY:
            case SreOps.AT_UNI_BOUNDARY:
            case SreOps.AT_UNI_NON_BOUNDARY: {
                if (end == 0) {
                    return false;
                }
                int kind = at == SreOps.AT_UNI_BOUNDARY || at == SreOps.AT_UNI_NON_BOUNDARY ? FOLD_UNICODE
                        : at == SreOps.AT_LOC_BOUNDARY || at == SreOps.AT_LOC_NON_BOUNDARY ? FOLD_LOCALE : FOLD_ASCII;
                boolean before = ptr > 0 && SreChars.isWord(kind, s[ptr - 1]);
                boolean here = ptr < end && SreChars.isWord(kind, s[ptr]);
                boolean boundary = at == SreOps.AT_BOUNDARY || at == SreOps.AT_LOC_BOUNDARY || at == SreOps.AT_UNI_BOUNDARY;
                return boundary ? before != here : before == here;
            }
            default:
                return false;
        }
    }
}
