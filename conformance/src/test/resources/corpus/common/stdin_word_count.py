# Reads all of stdin, counts lines, words and word frequencies.
import sys

lines = sys.stdin.readlines()
print("lines: %d" % len(lines))
words = []
for line in lines:
    words.extend(line.split())
print("words: %d" % len(words))
freq = {}
for w in words:
    w = w.lower().strip(".,!?")
    freq[w] = freq.get(w, 0) + 1
for w, c in sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:5]:
    print("%-6s %d" % (w, c))
longest = max(lines, key=len).rstrip("\n")
print("longest line: %r" % longest)
numbers = [int(w) for w in words if w.isdigit()]
print("sum of numbers: %d" % sum(numbers))
