package org.pyvm.spi;

/**
 * How an instruction changes the depth of the value stack, as a function of its argument: the
 * formula a pack's table states for the opcode (CPython's {@code dis.stack_effect} in 3.6+, the
 * compiler's {@code opcode_stack_effect} for 2.7), parsed once when the table is read.
 *
 * <p>The formula language is a small subset of Python's expressions, so the table generators can
 * check each formula against CPython by evaluating it: integers, {@code arg}, parentheses, unary
 * {@code -}, and the binary operators {@code * + - << >> & ==} with Python's precedence
 * ({@code ==} gives 1 or 0). Examples: {@code 1 - arg}, {@code (arg & 255) + (arg >> 8)},
 * {@code -1 - (arg == 3)}.
 */
public final class StackEffect {
    private final String text;
    private final Node root;
    /** The effect when it does not depend on the argument, the common case; else {@link Integer#MIN_VALUE}. */
    private final int constant;

    private StackEffect(String text, Node root) {
        this.text = text;
        this.root = root;
        this.constant = root instanceof Num n ? n.value : Integer.MIN_VALUE;
    }

    /** Parses a formula; a malformed one is an {@link IllegalArgumentException} naming it. */
    public static StackEffect parse(String text) {
        Parser p = new Parser(text);
        Node n = p.equality();
        if (p.pos != text.length()) {
            throw new IllegalArgumentException("stack effect '" + text + "': unexpected '" + text.substring(p.pos) + "'");
        }
        return new StackEffect(text, n);
    }

    /** The depth change for an instruction with argument {@code arg}; computed in long, so no argument overflows it silently. */
    public long at(int arg) {
        return constant != Integer.MIN_VALUE ? constant : root.eval(arg & 0xFFFFFFFFL);
    }

    @Override
    public String toString() {
        return text;
    }

    private interface Node {
        long eval(long arg);
    }

    private record Num(int value) implements Node {
        public long eval(long arg) {
            return value;
        }
    }

    private record Arg() implements Node {
        public long eval(long arg) {
            return arg;
        }
    }

    private record Neg(Node x) implements Node {
        public long eval(long arg) {
            return -x.eval(arg);
        }
    }

    private record Bin(char op, Node l, Node r) implements Node {
        public long eval(long arg) {
            long a = l.eval(arg);
            long b = r.eval(arg);
            switch (op) {
                case '+': return a + b;
                case '-': return a - b;
                case '*': return a * b;
                case '&': return a & b;
                case '<': return a << Math.min(b, 62);
                case '>': return a >> Math.min(b, 63);
                default: return a == b ? 1 : 0;
            }
        }
    }

    /** Recursive descent, one method per precedence level of Python's grammar (lowest first). */
    private static final class Parser {
        final String s;
        int pos;

        Parser(String s) {
            this.s = s;
        }

        Node equality() {
            Node n = bitAnd();
            while (eat("==")) {
                n = new Bin('=', n, bitAnd());
            }
            return n;
        }

        Node bitAnd() {
            Node n = shift();
            while (eat("&")) {
                n = new Bin('&', n, shift());
            }
            return n;
        }

        Node shift() {
            Node n = sum();
            while (true) {
                if (eat("<<")) {
                    n = new Bin('<', n, sum());
                } else if (eat(">>")) {
                    n = new Bin('>', n, sum());
                } else {
                    return n;
                }
            }
        }

        Node sum() {
            Node n = product();
            while (true) {
                if (eat("+")) {
                    n = new Bin('+', n, product());
                } else if (eat("-")) {
                    n = new Bin('-', n, product());
                } else {
                    return n;
                }
            }
        }

        Node product() {
            Node n = unary();
            while (eat("*")) {
                n = new Bin('*', n, unary());
            }
            return n;
        }

        Node unary() {
            if (eat("-")) {
                Node x = unary();
                return x instanceof Num n ? new Num(-n.value) : new Neg(x);
            }
            return atom();
        }

        Node atom() {
            skip();
            if (eat("(")) {
                Node n = equality();
                if (!eat(")")) {
                    throw error("')' expected");
                }
                return n;
            }
            if (eat("arg")) {
                return new Arg();
            }
            int start = pos;
            while (pos < s.length() && Character.isDigit(s.charAt(pos))) {
                pos++;
            }
            if (start == pos) {
                throw error("a number, 'arg' or '(' expected");
            }
            return new Num(Integer.parseInt(s.substring(start, pos)));
        }

        boolean eat(String token) {
            skip();
            if (s.startsWith(token, pos)) {
                pos += token.length();
                skip();
                return true;
            }
            return false;
        }

        void skip() {
            while (pos < s.length() && s.charAt(pos) == ' ') {
                pos++;
            }
        }

        IllegalArgumentException error(String what) {
            return new IllegalArgumentException("stack effect '" + s + "' at " + pos + ": " + what);
        }
    }
}
