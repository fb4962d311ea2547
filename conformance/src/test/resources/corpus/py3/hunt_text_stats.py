import collections
import re
text = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness, it was the spring of hope,
it was the winter of despair."""
words = re.findall(r"[a-z']+", text.lower())
print(len(words), len(set(words)))
counts = collections.Counter(words)
for word, n in counts.most_common(6):
    print(f'{word:>8} {n:3d} {"*" * n}')
lines = text.splitlines()
print([len(l) for l in lines], max(lines, key=len)[:20])
print(sorted(set(w for w in words if len(w) > 6)))
first_letters = collections.Counter(w[0] for w in words)
print(sorted(first_letters.items(), key=lambda kv: (-kv[1], kv[0]))[:5])
pairs = collections.Counter(zip(words, words[1:]))
print(pairs.most_common(3))
print(re.sub(r'\bit was\b', 'IT WAS', lines[0]))
print(re.split(r',\s*', lines[1].strip(',')))
print([m.group(0) for m in re.finditer(r'\b\w{6,}\b', text)][:5])
m = re.search(r'the (\w+) of (\w+)', text)
print(m.group(0), m.group(1, 2), m.span(), m.start(2))
print(re.findall(r'(\w+) of (\w+)', lines[2]))
print(text.count('was'), text.find('Light'), text.rfind('it'), text.index('age'))
caps = [w for w in re.findall(r'\b[A-Z]\w*', text)]
print(caps)
print(' '.join(w.capitalize() for w in lines[3].split()))
table = str.maketrans('aeiou', 'AEIOU', ',.')
print(lines[0].translate(table))
print(len(text.encode('utf-8')), text[:10].encode('ascii'), text.upper()[:15].center(21, '~'))
print(re.sub(r'(\w+) (\w+)', r'\2 \1', 'hello world foo bar'), re.escape('a.b*c'))
print(re.match(r'\d+', 'abc'), re.fullmatch(r'\w+', 'abc_1') is not None, re.compile(r'x', re.I).findall('xXyX'))
wc = {}
for w in words:
    wc[len(w)] = wc.get(len(w), 0) + 1
print(sorted(wc.items()))
print(sum(len(w) for w in words) / len(words))
