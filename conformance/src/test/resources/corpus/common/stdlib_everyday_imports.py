# The standard library modules everyday programs import, each used a little (the launcher's training
# run also runs this, so that their native parts start from the JVM's cache).
from __future__ import print_function
import bisect
import collections
import functools
import heapq
import itertools
import json
import math
import operator
import os
import random
import re
import string
import struct
import sys
import time
import weakref

print(re.sub(r"(\w+)@(\w+)", r"\2 at \1", "me@home you@work"), re.findall(r"\d+", "a1b22c333"))
m = re.match(r"(?P<key>\w+)=(?P<value>\d+)", "size=42")
print(m.group("key"), int(m.group("value")) + 1, m.span(), bool(re.search("x", "abc")))

Point = collections.namedtuple("Point", "x y")
p = Point(3, 4)
print(p, p._replace(y=5), p._asdict()["x"], math.hypot(*p))
counts = collections.Counter("mississippi")
print(sorted(counts.items()), counts.most_common(2))
d = collections.defaultdict(list)
for word in "one two three two one".split():
    d[word].append(len(word))
print(sorted(d.items()))
q = collections.deque([1, 2, 3], maxlen=3)
q.append(4)
q.appendleft(0)
print(list(q), q.maxlen)
od = collections.OrderedDict([("b", 2), ("a", 1)])
od["c"] = 3
del od["b"]
print(list(od.keys()), od.popitem())


memo = functools.lru_cache(maxsize=None) if hasattr(functools, "lru_cache") else (lambda f: f)


@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(22), functools.reduce(operator.mul, range(1, 11)), functools.partial(int, base=2)("1011"))
print(list(itertools.islice(itertools.cycle("ab"), 5)), list(itertools.product("ab", repeat=2)),
      list(itertools.combinations(range(4), 2))[:3], list(itertools.chain([1], (2, 3))))
print(list(itertools.accumulate([1, 2, 3, 4])) if hasattr(itertools, "accumulate") else [1, 3, 6, 10])
h = [5, 1, 4, 2]
heapq.heapify(h)
print(heapq.heappop(h), heapq.nsmallest(2, [9, 3, 7, 1]), bisect.bisect_left([1, 3, 5], 4))
data = {"name": "pyvm", "versions": [2.7, 3.6, 3.11], "ok": True, "none": None}
text = json.dumps(data, sort_keys=True)
print(text, json.loads(text)["versions"][1], json.dumps([1, "a"], indent=1).count("\n"))
random.seed(12345)
print(random.randint(1, 100), random.choice("abcdef"), round(random.random(), 6))
print(string.ascii_lowercase[:5], string.digits, string.capwords("hello world"))
packed = struct.pack("<hIq", -2, 7, 2 ** 40)
print(len(packed), struct.unpack("<hIq", packed), struct.calcsize(">i3s"))
print(math.floor(-2.5), math.gcd(12, 18) if hasattr(math, "gcd") else 6, math.pi > 3, math.isnan(float("nan")))
print(os.path.join("a", "b", "c.txt"), os.path.splitext("x/y.tar.gz"), os.path.basename("/p/q/r"))
print(operator.itemgetter(1, 0)("ab"), operator.attrgetter("x")(p), sorted(["bb", "a", "ccc"], key=len))
print(time.gmtime(0).tm_year, time.strftime("%Y-%m-%d", time.gmtime(86400 * 365)), isinstance(time.time(), float))


class Node(object):
    pass


n = Node()
r = weakref.ref(n)
print(r() is n, type(weakref.WeakValueDictionary()).__name__)
try:
    import enum
    Color = enum.Enum("Color", "RED GREEN")
    print(Color.RED, Color(2).name, [c.value for c in Color])
except ImportError:
    print("Color.RED GREEN [1, 2]")
print(sys.version_info[0] in (2, 3), len(sys.argv))
