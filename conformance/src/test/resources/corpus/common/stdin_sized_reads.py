# sys.stdin's read(n), readline(size) and readlines(hint) take what they are asked for, in characters (2.7: bytes),
# what they leave of a line coming first to the next read of any kind.
from __future__ import print_function
import sys
print(repr(sys.stdin.read(3)))
print(repr(sys.stdin.readline()))
print(repr(sys.stdin.readline(2)))
print(repr(sys.stdin.readline(0)))
print(repr(sys.stdin.read(0)))
print(repr(sys.stdin.readline(-1)))
print(repr(sys.stdin.read(4)))
print(sys.stdin.readlines(1))
chars = []
while True:
    c = sys.stdin.read(1)
    if not c:
        break
    chars.append(c)
    if len(chars) == 6:
        break
print(chars)
for line in sys.stdin:
    print("line", repr(line))
    break
print(repr(sys.stdin.readline(3)), repr(sys.stdin.read()))
print(repr(sys.stdin.read(5)), repr(sys.stdin.readline()), sys.stdin.readlines())
