from __future__ import print_function


class TrieNode(object):
    __slots__ = ('children', 'count', 'terminal')

    def __init__(self):
        self.children = {}
        self.count = 0
        self.terminal = False


class Trie(object):
    def __init__(self, words=()):
        self.root = TrieNode()
        self.size = 0
        for w in words:
            self.insert(w)

    def insert(self, word):
        if not isinstance(word, str):
            raise TypeError("Trie keys must be str, not %s" % type(word).__name__)
        node = self.root
        for ch in word:
            node = node.children.setdefault(ch, TrieNode())
            node.count += 1
        if not node.terminal:
            node.terminal = True
            self.size += 1
            return True
        return False

    def _find(self, prefix):
        node = self.root
        for ch in prefix:
            node = node.children.get(ch)
            if node is None:
                return None
        return node

    def __contains__(self, word):
        node = self._find(word)
        return bool(node and node.terminal)

    def __len__(self):
        return self.size

    def _walk(self, node, prefix):
        if node.terminal:
            yield prefix
        for ch in sorted(node.children):
            for w in self._walk(node.children[ch], prefix + ch):
                yield w

    def __iter__(self):
        return self._walk(self.root, '')

    def complete(self, prefix, limit=None):
        node = self._find(prefix)
        if node is None:
            return []
        out = []
        for w in self._walk(node, prefix):
            if limit is not None and len(out) >= limit:
                break
            out.append(w)
        return out

    def count_prefix(self, prefix):
        node = self._find(prefix)
        return node.count if node else 0

    def longest_common_prefix(self):
        node, prefix = self.root, ''
        while len(node.children) == 1 and not node.terminal:
            (ch, node), = node.children.items()
            prefix += ch
        return prefix


text = """the quick brown fox jumps over the lazy dog then the fox throws
a thimble at the thin theatre where they think therefore they are"""
words = text.split()
t = Trie(words)
print(len(words), len(t), len(set(words)))
for p in ('th', 'the', 'thi', 'f', 'x', ''):
    print('%-4r %2d %s' % (p, t.count_prefix(p), t.complete(p, limit=5)))
print('fox' in t, 'fo' in t, 'theatre' in t, 'zebra' in t)
print(list(t)[:8])
print(Trie(['interview', 'internet', 'interval', 'internal']).longest_common_prefix())
print(repr(Trie(['same', 'same']).longest_common_prefix()), Trie().longest_common_prefix() == '')
by_letter = {}
for w in t:
    by_letter.setdefault(w[0], []).append(w)
print(sorted((k, len(v)) for k, v in by_letter.items()))
print(max(t, key=len), min(t, key=lambda w: (len(w), w)))
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:4]
print(' '.join('%s:%d' % kv for kv in top))
added = [t.insert(w) for w in ('fox', 'foxes', 'f')]
print(added, len(t), t.complete('f'))
node = t._find('the')
print(sorted(node.children), node.count, node.terminal)
try:
    node.weight = 1
except AttributeError as e:
    print('AttributeError:', e)
t.insert(42)
