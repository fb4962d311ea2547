# Prints, for every value in values.txt, "repr<TAB>hash" as this CPython computes them.
# Run with PYTHONHASHSEED=0 by each CPython (2.7, 3.6, 3.11):
#   PYTHONHASHSEED=0 python3.11 make_goldens.py values.txt > golden-3.11.txt
# (regen_goldens.sh does all three). hash is "unhashable" for mutable values and "unstable" when
# CPython hashes by address (None, Ellipsis; a NaN on 3.10+), which no VM can reproduce.
import struct
import sys

PY2 = sys.version_info[0] == 2
if PY2:
    text_chr = unichr  # noqa: F821
else:
    text_chr = chr
NAN_BY_ADDRESS = sys.version_info >= (3, 10)


def unescape(s):
    """Code points of ESC text: \\xHH \\uHHHH \\UHHHHHHHH \\\\ \\t \\n \\r, the rest literal."""
    out = []
    i = 0
    while i < len(s):
        c = s[i]
        if c != '\\':
            out.append(ord(c))
            i += 1
            continue
        k = s[i + 1]
        width = {'x': 2, 'u': 4, 'U': 8}.get(k)
        if width:
            out.append(int(s[i + 2:i + 2 + width], 16))
            i += 2 + width
        else:
            out.append({'t': 9, 'n': 10, 'r': 13, '\\': 92}[k])
            i += 2
    return out


def make_text(cps):
    return u''.join(text_chr(c) for c in cps)


def make_bytes(vals):
    return bytes(bytearray(vals))


class Parser(object):
    def __init__(self, tokens):
        self.tokens = tokens
        self.pos = 0
        self.unstable = False

    def items_until(self, close):
        """Items up to the closing token; returns [(mode, value)] where mode is 'add' or 'del'."""
        out = []
        mode = 'add'
        while True:
            t = self.tokens[self.pos]
            if t == close:
                self.pos += 1
                return out
            if t in ('!add', '!del'):
                mode = t[1:]
                self.pos += 1
                continue
            for v in self.values():
                out.append((mode, v))

    def values(self):
        """The value(s) of the next token: several for the splicing tokens."""
        t = self.tokens[self.pos]
        self.pos += 1
        if t.startswith('range:'):
            args = [int(a) for a in t.split(':')[1:]]
            return list(range(*args))
        if t.startswith('strs:'):
            _, prefix, n = t.split(':')
            return [make_text(unescape(prefix)) + make_text([ord(c) for c in str(i)]) for i in range(int(n))]
        return [self.value(t)]

    def value(self, t):
        if t == 'none':
            self.unstable = True
            return None
        if t == 'true':
            return True
        if t == 'false':
            return False
        if t == 'ellipsis':
            self.unstable = True
            return Ellipsis
        if t == 'bytesall':
            return make_bytes(range(256))
        if t == '(':
            return tuple(v for _, v in self.items_until(')'))
        if t == '[':
            return [v for _, v in self.items_until(']')]
        if t == 'fs{':
            return frozenset(v for _, v in self.items_until('}'))
        if t == 'set{':
            s = set()
            for mode, v in self.items_until('}'):
                if mode == 'add':
                    s.add(v)
                else:
                    s.discard(v)
            return s
        if t == 'dict{':
            kv = [v for _, v in self.items_until('}')]
            d = {}
            for i in range(0, len(kv), 2):
                d[kv[i]] = kv[i + 1]
            return d
        kind, _, rest = t.partition(':')
        if kind == 'int':
            return int(rest)
        if kind == 'long':
            return long(rest) if PY2 else int(rest)  # noqa: F821
        if kind == 'float':
            f = float(rest)
            if f != f and NAN_BY_ADDRESS:
                self.unstable = True
            return f
        if kind == 'floatbits':
            return struct.unpack('<d', struct.pack('<Q', int(rest, 16)))[0]
        if kind == 'complex':
            re, im = rest.split(':')
            c = complex(float(re), float(im))
            if (c.real != c.real or c.imag != c.imag) and NAN_BY_ADDRESS:
                self.unstable = True
            return c
        if kind == 'str':
            return make_text(unescape(rest))
        if kind == 'bytes':
            return make_bytes(unescape(rest))
        raise ValueError('unknown token ' + t)


def main():
    path = sys.argv[1]
    out = getattr(sys.stdout, 'buffer', sys.stdout)
    with open(path) as f:
        for line in f:
            line = line.strip()
            if not line or line.startswith('#'):
                continue
            p = Parser(line.split())
            v = p.values()[0]
            try:
                h = str(hash(v))
            except TypeError:
                h = 'unhashable'
            if p.unstable and h != 'unhashable':
                h = 'unstable'
            r = repr(v)
            if not PY2:
                r = r.encode('utf-8', 'surrogatepass')
            out.write(r + b'\t' + h.encode('ascii') + b'\n')


main()
