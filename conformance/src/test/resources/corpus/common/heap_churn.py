# Rounds of many strings that live for a while and then become garbage: the kind of program whose old
# generation fills with dead survivors (pyvm's launcher collects it when it has grown; LauncherTest checks).
from __future__ import print_function

total = 0
keep = []
for r in range(10):
    words = [str(i * 7 + r) * 3 for i in range(120000)]
    index = dict((w, n) for n, w in enumerate(words[:30000]))
    total += sum(len(w) for w in words) + len(index) + index[words[r]]
    keep.append(words[r * 11])
    print("round", r, len(words), words[-1][:12], total)
print("kept", keep[:3], len(keep))
