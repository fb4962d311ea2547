package org.pyvm.core.interp.carets;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the source segment of one instruction (a single line of Python expression text) far enough to
 * answer what CPython 3.11's traceback printer asks of its AST: is the segment one expression statement
 * whose outermost node is a binary operation or a subscript, and where do its operands end and begin.
 * Offsets are those of CPython's AST nodes: a parenthesized operand's node excludes its parentheses,
 * while the enclosing node's span includes them. Anything this reader does not follow is "no anchors",
 * which is also CPython's answer for every other kind of statement.
 */
final class SegmentParser {
    /** The outermost node when it is one CPython's printer marks specially. */
    record Anchored(boolean binary, int leftEnd, int rightStart) {
    }

    private static final class Fail extends RuntimeException {
        Fail() {
            super(null, null, false, false);
        }
    }

    private enum Kind { NAME, NUMBER, STRING, OP, END }

    private record Token(Kind kind, String text, int start, int end) {
    }

    /** A parsed expression: the node's own extent (start, end) and the tokens it covers (spanStart, spanEnd). */
    private record Node(int start, int end, int spanStart, int spanEnd, Node left, Node right, boolean binary, boolean subscript) {
        static Node leaf(int start, int end) {
            return new Node(start, end, start, end, null, null, false, false);
        }

        Node spanning(int from, int to) {
            return new Node(start, end, from, to, left, right, binary, subscript);
        }
    }

    private static final String[] OPERATORS = {
        "**=", "//=", ">>=", "<<=", "...", "->", ":=", "**", "//", "<<", ">>", "<=", ">=", "==", "!=", "<>",
        "+=", "-=", "*=", "/=", "%=", "@=", "&=", "|=", "^=",
        "+", "-", "*", "/", "%", "@", "&", "|", "^", "~", "<", ">", "(", ")", "[", "]", "{", "}", ",", ":", ".", ";", "=",
    };

    private static final java.util.Set<String> STATEMENT_KEYWORDS = java.util.Set.of("assert", "break", "class", "continue",
            "def", "del", "elif", "except", "finally", "for", "from", "global", "import", "nonlocal", "pass", "raise", "return",
            "try", "while", "with", "as", "async", "else", "if", "in", "is", "and", "or");

    private final List<Token> tokens;
    private int pos;

    private SegmentParser(List<Token> tokens) {
        this.tokens = tokens;
    }

    /** The anchors of {@code segment}, or null when CPython would find none. */
    static Anchored anchors(String segment) {
        List<Token> tokens;
        try {
            tokens = tokenize(segment);
        } catch (Fail f) {
            return null;
        }
        SegmentParser p = new SegmentParser(tokens);
        try {
            Node n = p.test();
            if (p.isOp(";")) {
                p.pos++;
            }
            if (p.peek().kind != Kind.END) {
                return null; // a tuple, an assignment, a second statement...
            }
            if (n.binary) {
                return new Anchored(true, n.left.end, n.right.start);
            }
            if (n.subscript) {
                return new Anchored(false, n.left.end, n.right.end);
            }
            return null;
        } catch (Fail | IndexOutOfBoundsException f) {
            return null;
        }
    }

    // ------------------------------------------------------------------ tokens

    private static List<Token> tokenize(String s) {
        List<Token> out = new ArrayList<>();
        int i = 0;
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\t' || c == '\f') {
                i++;
            } else if (c == '#') {
                break;
            } else if (c == '\\' || c == '\n' || c == '\r') {
                throw new Fail(); // the segment is one line; a continuation means CPython's parse sees more
            } else if (Character.isDigit(c) || c == '.' && i + 1 < n && Character.isDigit(s.charAt(i + 1))) {
                int start = i;
                i = number(s, i);
                out.add(new Token(Kind.NUMBER, s.substring(start, i), start, i));
            } else if (Character.isUnicodeIdentifierStart(c) || c == '_' || Character.isHighSurrogate(c)) {
                int start = i;
                while (i < n && (Character.isUnicodeIdentifierPart(s.charAt(i)) || Character.isSurrogate(s.charAt(i)))) {
                    i++;
                }
                String word = s.substring(start, i);
                if (i < n && (s.charAt(i) == '\'' || s.charAt(i) == '"') && isStringPrefix(word)) {
                    i = string(s, i);
                    out.add(new Token(Kind.STRING, s.substring(start, i), start, i));
                } else {
                    out.add(new Token(Kind.NAME, word, start, i));
                }
            } else if (c == '\'' || c == '"') {
                int start = i;
                i = string(s, i);
                out.add(new Token(Kind.STRING, s.substring(start, i), start, i));
            } else {
                String op = null;
                for (String o : OPERATORS) {
                    if (s.startsWith(o, i)) {
                        op = o;
                        break;
                    }
                }
                if (op == null) {
                    throw new Fail();
                }
                out.add(new Token(Kind.OP, op, i, i + op.length()));
                i += op.length();
            }
        }
        out.add(new Token(Kind.END, "", n, n));
        return out;
    }

    private static boolean isStringPrefix(String w) {
        String l = w.toLowerCase(java.util.Locale.ROOT);
        return l.equals("r") || l.equals("b") || l.equals("u") || l.equals("f") || l.equals("rb") || l.equals("br")
                || l.equals("fr") || l.equals("rf");
    }

    private static int number(String s, int i) {
        int n = s.length();
        if (s.charAt(i) == '0' && i + 1 < n && "xXoObB".indexOf(s.charAt(i + 1)) >= 0) {
            i += 2;
            while (i < n && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '_')) {
                i++;
            }
            return i;
        }
        while (i < n) {
            char c = s.charAt(i);
            if ((c == 'e' || c == 'E') && i + 1 < n && (s.charAt(i + 1) == '+' || s.charAt(i + 1) == '-')) {
                i += 2;
            } else if (Character.isLetterOrDigit(c) || c == '_' || c == '.') {
                i++;
            } else {
                break;
            }
        }
        return i;
    }

    private static int string(String s, int i) {
        char q = s.charAt(i);
        int n = s.length();
        boolean triple = s.startsWith(String.valueOf(q).repeat(3), i);
        i += triple ? 3 : 1;
        while (i < n) {
            char c = s.charAt(i);
            if (c == '\\') {
                i += 2;
            } else if (c == q && (!triple || s.startsWith(String.valueOf(q).repeat(3), i))) {
                return i + (triple ? 3 : 1);
            } else {
                i++;
            }
        }
        throw new Fail();
    }

    // ------------------------------------------------------------------ expressions

    private Token peek() {
        return tokens.get(pos);
    }

    private Token next() {
        return tokens.get(pos++);
    }

    private boolean isOp(String op) {
        Token t = peek();
        return t.kind == Kind.OP && t.text.equals(op);
    }

    private boolean isName(String word) {
        Token t = peek();
        return t.kind == Kind.NAME && t.text.equals(word);
    }

    private void expectOp(String op) {
        if (!isOp(op)) {
            throw new Fail();
        }
        pos++;
    }

    /** test: lambda, a conditional expression, or a walrus. */
    private Node test() {
        if (isName("lambda")) {
            int start = next().start;
            skipTo(":");
            Node body = test();
            return Node.leaf(start, body.spanEnd);
        }
        if (peek().kind == Kind.NAME && !STATEMENT_KEYWORDS.contains(peek().text) && tokens.get(pos + 1).kind == Kind.OP
                && tokens.get(pos + 1).text.equals(":=")) {
            int start = next().start;
            pos++;
            Node value = test();
            return Node.leaf(start, value.spanEnd);
        }
        Node n = orTest();
        if (isName("if")) {
            pos++;
            orTest();
            if (!isName("else")) {
                throw new Fail();
            }
            pos++;
            Node orElse = test();
            return Node.leaf(n.spanStart, orElse.spanEnd);
        }
        return n;
    }

    /** Skips a lambda's parameters up to its colon (defaults may hold brackets with colons inside). */
    private void skipTo(String op) {
        int depth = 0;
        while (true) {
            Token t = next();
            if (t.kind == Kind.END) {
                throw new Fail();
            }
            if (t.kind == Kind.OP) {
                if (depth == 0 && t.text.equals(op)) {
                    return;
                }
                if (t.text.equals("(") || t.text.equals("[") || t.text.equals("{")) {
                    depth++;
                } else if (t.text.equals(")") || t.text.equals("]") || t.text.equals("}")) {
                    depth--;
                }
            }
        }
    }

    private Node orTest() {
        Node n = andTest();
        while (isName("or")) {
            pos++;
            Node r = andTest();
            n = Node.leaf(n.spanStart, r.spanEnd);
        }
        return n;
    }

    private Node andTest() {
        Node n = notTest();
        while (isName("and")) {
            pos++;
            Node r = notTest();
            n = Node.leaf(n.spanStart, r.spanEnd);
        }
        return n;
    }

    private Node notTest() {
        if (isName("not")) {
            int start = next().start;
            Node operand = notTest();
            return Node.leaf(start, operand.spanEnd);
        }
        return comparison();
    }

    private Node comparison() {
        Node n = binary(0);
        while (true) {
            Token t = peek();
            boolean op = t.kind == Kind.OP && (t.text.equals("<") || t.text.equals(">") || t.text.equals("==") || t.text.equals("!=")
                    || t.text.equals("<=") || t.text.equals(">="));
            if (op || isName("in")) {
                pos++;
            } else if (isName("is")) {
                pos++;
                if (isName("not")) {
                    pos++;
                }
            } else if (isName("not") && tokens.get(pos + 1).kind == Kind.NAME && tokens.get(pos + 1).text.equals("in")) {
                pos += 2;
            } else {
                return n;
            }
            Node r = binary(0);
            n = Node.leaf(n.spanStart, r.spanEnd);
        }
    }

    /** The binary operators by level, loosest first: |, ^, &, shifts, + -, * / // % @. */
    private static final String[][] LEVELS = {{"|"}, {"^"}, {"&"}, {"<<", ">>"}, {"+", "-"}, {"*", "/", "//", "%", "@"}};

    private Node binary(int level) {
        if (level == LEVELS.length) {
            return factor();
        }
        Node n = binary(level + 1);
        while (peek().kind == Kind.OP && java.util.Arrays.asList(LEVELS[level]).contains(peek().text)) {
            pos++;
            Node r = binary(level + 1);
            n = new Node(n.spanStart, r.spanEnd, n.spanStart, r.spanEnd, n, r, true, false);
        }
        return n;
    }

    private Node factor() {
        if (isOp("+") || isOp("-") || isOp("~")) {
            int start = next().start;
            Node operand = factor();
            return Node.leaf(start, operand.spanEnd);
        }
        return power();
    }

    private Node power() {
        Node n = awaitPrimary();
        if (isOp("**")) {
            pos++;
            Node r = factor();
            return new Node(n.spanStart, r.spanEnd, n.spanStart, r.spanEnd, n, r, true, false);
        }
        return n;
    }

    private Node awaitPrimary() {
        if (isName("await")) {
            int start = next().start;
            Node operand = primary();
            return Node.leaf(start, operand.spanEnd);
        }
        return primary();
    }

    private Node primary() {
        Node n = atom();
        while (true) {
            if (isOp(".")) {
                pos++;
                Token name = next();
                if (name.kind != Kind.NAME) {
                    throw new Fail();
                }
                n = Node.leaf(n.spanStart, name.end);
            } else if (isOp("(")) {
                int close = matching(pos);
                pos = close + 1;
                n = Node.leaf(n.spanStart, tokens.get(close).end);
            } else if (isOp("[")) {
                int close = matching(pos);
                Node slice = slice(pos + 1, close);
                pos = close + 1;
                int end = tokens.get(close).end;
                n = new Node(n.spanStart, end, n.spanStart, end, n, slice, false, true);
            } else {
                return n;
            }
        }
    }

    /** The node between the brackets of a subscript: one expression, or a slice or tuple spanning its tokens. */
    private Node slice(int from, int to) {
        if (from == to) {
            throw new Fail();
        }
        if (!hasTopLevel(from, to, ",", ":") && !tokens.get(from).text.equals("*")) {
            SegmentParser inner = new SegmentParser(withEnd(from, to));
            Node n = inner.test();
            if (inner.peek().kind == Kind.END) {
                return n;
            }
            throw new Fail();
        }
        return Node.leaf(tokens.get(from).start, tokens.get(to - 1).end);
    }

    private List<Token> withEnd(int from, int to) {
        List<Token> sub = new ArrayList<>(tokens.subList(from, to));
        int at = tokens.get(to).start;
        sub.add(new Token(Kind.END, "", at, at));
        return sub;
    }

    private boolean hasTopLevel(int from, int to, String a, String b) {
        int depth = 0;
        for (int k = from; k < to; k++) {
            Token t = tokens.get(k);
            if (t.kind != Kind.OP) {
                continue;
            }
            switch (t.text) {
                case "(", "[", "{" -> depth++;
                case ")", "]", "}" -> depth--;
                default -> {
                    if (depth == 0 && (t.text.equals(a) || t.text.equals(b))) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /** The index of the bracket closing the one at {@code open}. */
    private int matching(int open) {
        int depth = 0;
        for (int k = open; k < tokens.size(); k++) {
            Token t = tokens.get(k);
            if (t.kind == Kind.OP) {
                if (t.text.equals("(") || t.text.equals("[") || t.text.equals("{")) {
                    depth++;
                } else if (t.text.equals(")") || t.text.equals("]") || t.text.equals("}")) {
                    if (--depth == 0) {
                        return k;
                    }
                }
            }
        }
        throw new Fail();
    }

    private Node atom() {
        Token t = peek();
        switch (t.kind) {
            case NAME:
                if (STATEMENT_KEYWORDS.contains(t.text) || t.text.equals("not") || t.text.equals("lambda") || t.text.equals("yield")) {
                    throw new Fail();
                }
                pos++;
                return Node.leaf(t.start, t.end);
            case NUMBER:
                pos++;
                return Node.leaf(t.start, t.end);
            case STRING: {
                int end = t.end;
                while (peek().kind == Kind.STRING) {
                    end = next().end;
                }
                return Node.leaf(t.start, end);
            }
            case OP:
                if (t.text.equals("...")) {
                    pos++;
                    return Node.leaf(t.start, t.end);
                }
                if (t.text.equals("(")) {
                    int close = matching(pos);
                    Node inner = parenthesized(pos + 1, close);
                    pos = close + 1;
                    int end = tokens.get(close).end;
                    return inner == null ? Node.leaf(t.start, end) : inner.spanning(t.start, end);
                }
                if (t.text.equals("[") || t.text.equals("{")) {
                    int close = matching(pos);
                    pos = close + 1;
                    return Node.leaf(t.start, tokens.get(close).end);
                }
                throw new Fail();
            default:
                throw new Fail();
        }
    }

    /** A parenthesized single expression (whose node excludes the parentheses), or null for a tuple, generator or (). */
    private Node parenthesized(int from, int to) {
        if (from == to || hasTopLevel(from, to, ",", ",")) {
            return null;
        }
        List<Token> sub = withEnd(from, to);
        if (sub.get(0).kind == Kind.NAME && sub.get(0).text.equals("yield")) {
            return Node.leaf(sub.get(0).start, sub.get(sub.size() - 2).end);
        }
        SegmentParser inner = new SegmentParser(sub);
        Node n = inner.test();
        if (inner.peek().kind == Kind.END) {
            return n;
        }
        if (inner.isName("for") || inner.isName("async")) {
            return null; // a generator expression: its node is the parentheses too
        }
        throw new Fail();
    }
}
