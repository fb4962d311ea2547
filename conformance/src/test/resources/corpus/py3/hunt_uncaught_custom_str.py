class ParseError(Exception):
    def __init__(self, line, col, msg):
        super().__init__(line, col, msg)
        self.line = line
        self.col = col
        self.msg = msg
    def __str__(self):
        return f'line {self.line}, col {self.col}: {self.msg}'
def tokenize(src):
    tokens = []
    for lineno, line in enumerate(src.splitlines(), 1):
        for col, ch in enumerate(line, 1):
            if ch.isspace():
                continue
            if ch.isdigit() or ch in '+-*/()':
                tokens.append((ch, lineno, col))
            else:
                raise ParseError(lineno, col, f'unexpected character {ch!r}')
    return tokens
print(tokenize('1 + 2\n(3 * 4)'))
try:
    tokenize('1 + x')
except ParseError as e:
    print('caught:', e, '|', repr(e), '|', e.args)
print(KeyError(('a', 1)), repr(KeyError('x', 'y')), str(KeyError()), str(IndexError('a', 'b')))
tokenize('2 * 3\n4 $ 5')
