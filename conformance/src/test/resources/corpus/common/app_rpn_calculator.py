from __future__ import print_function, division


class ParseError(Exception):
    pass


def tokenize(text):
    tokens = []
    i = 0
    while i < len(text):
        c = text[i]
        if c.isspace():
            i += 1
        elif c.isdigit() or c == '.':
            j = i
            while j < len(text) and (text[j].isdigit() or text[j] == '.'):
                j += 1
            num = text[i:j]
            tokens.append(('num', float(num) if '.' in num else int(num)))
            i = j
        elif c.isalpha():
            j = i
            while j < len(text) and text[j].isalnum():
                j += 1
            tokens.append(('name', text[i:j]))
            i = j
        elif c in '+-*/()^%,':
            tokens.append(('op', c))
            i += 1
        else:
            raise ParseError("bad character %r at %d" % (c, i))
    tokens.append(('end', None))
    return tokens


class Parser(object):
    funcs = {'max': max, 'min': min, 'abs': abs}

    def __init__(self, text, env):
        self.tokens = tokenize(text)
        self.pos = 0
        self.env = env

    def peek(self):
        return self.tokens[self.pos]

    def take(self, kind=None, value=None):
        tok = self.tokens[self.pos]
        if kind is not None and (tok[0] != kind or (value is not None and tok[1] != value)):
            raise ParseError("expected %s %s, got %s %r" % (kind, value or '', tok[0], tok[1]))
        self.pos += 1
        return tok

    def expr(self):
        left = self.term()
        while self.peek() in (('op', '+'), ('op', '-')):
            op = self.take()[1]
            right = self.term()
            left = left + right if op == '+' else left - right
        return left

    def term(self):
        left = self.factor()
        while self.peek()[0] == 'op' and self.peek()[1] in '*/%':
            op = self.take()[1]
            right = self.factor()
            if op == '*':
                left *= right
            elif op == '/':
                left /= right
            else:
                left %= right
        return left

    def factor(self):
        base = self.unary()
        if self.peek() == ('op', '^'):
            self.take()
            return base ** self.factor()
        return base

    def unary(self):
        if self.peek() == ('op', '-'):
            self.take()
            return -self.unary()
        return self.atom()

    def atom(self):
        kind, value = self.take()
        if kind == 'num':
            return value
        if kind == 'name':
            if self.peek() == ('op', '('):
                self.take()
                args = [self.expr()]
                while self.peek() == ('op', ','):
                    self.take()
                    args.append(self.expr())
                self.take('op', ')')
                return self.funcs[value](*args)
            return self.env[value]
        if (kind, value) == ('op', '('):
            v = self.expr()
            self.take('op', ')')
            return v
        raise ParseError("unexpected %s %r" % (kind, value))

    def parse(self):
        v = self.expr()
        self.take('end')
        return v


env = {'x': 7, 'pi': 3.14159, 'big': 2 ** 40}
cases = ["1 + 2 * 3", "(1 + 2) * 3", "2 ^ 3 ^ 2", "-2 ^ 2", "7 / 2", "7 % 3 + x",
         "max(1, x, 3) * min(4, 2)", "abs(-pi) * 2", "big * big", "10 / 4 * 4",
         "1 +", "2 * (3 + 4", "3 $ 4", "unknown + 1", "1 / 0", "sqrt(4)", "1.5.2 + 1"]
for text in cases:
    try:
        result = Parser(text, env).parse()
    except ParseError as e:
        print("%-26s parse error: %s" % (text, e))
    except (KeyError, ZeroDivisionError, ValueError) as e:
        print("%-26s %s: %s" % (text, e.__class__.__name__, e))
    else:
        print("%-26s = %r" % (text, result))

print(tokenize("a1+22*(b-3.5)"))
print([t for t, v in tokenize("f(x, y) ^ 2")])
Parser("1 + (2 * )", env).parse()
