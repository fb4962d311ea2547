# re.split's maxsplit and re.sub's count: 0 means no limit, a negative one means none at all (_sre loops
# while !maxsplit || n < maxsplit), for the module functions and compiled patterns alike.
from __future__ import print_function
import re

print(re.split(",", "a,b,c"), re.split(",", "a,b,c", 1), re.split(",", "a,b,c", maxsplit=-1), re.split(",", "a,b,c", -3))
print(re.sub("a", "b", "aaa"), re.sub("a", "b", "aaa", 2), re.sub("a", "b", "aaa", count=-1))
print(re.subn("a", "b", "aaa"), re.subn("a", "b", "aaa", -5), re.subn("(a)", r"<\1>", "banana", 0))
p = re.compile(r"\s*;\s*")
print(p.split("x ; y;z", -1), p.split("x ; y;z", 0), p.subn("|", "x ; y;z", -2), p.subn("|", "x ; y;z", 1))
