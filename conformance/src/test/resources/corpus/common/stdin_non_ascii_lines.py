# Lines of non-ASCII input: 2.7 reads the bytes as they are (UTF-8 stays two bytes a character), 3.x decodes
# them in stdin's encoding; raw_input/input, readline and iteration alike.
from __future__ import print_function
import sys

try:
    read_line = raw_input
except NameError:
    read_line = input

first = read_line()
print("input():", repr(first), len(first))
second = sys.stdin.readline()
print("readline():", repr(second), len(second))
print("echoed:", second.rstrip("\n"))
lines = []
for i, line in enumerate(sys.stdin):
    print("line", i, repr(line), len(line))
    lines.append(line)
print("upper:", "".join(lines).upper().strip())
print("at the end:", repr(sys.stdin.readline()), repr(sys.stdin.read()))
