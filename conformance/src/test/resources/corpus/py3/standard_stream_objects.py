# The standard streams as file objects: their attributes (name, mode, encoding, errors,
# fileno, isatty), writelines, and their binary buffers: sys.stdin.buffer read as
# bytes, sys.stdout.buffer written between text writes in order.
import sys

for s in (sys.stdout, sys.stderr, sys.stdin):
    print(s.name, s.mode, s.encoding, s.errors, s.fileno(), s.isatty(), s.closed, s.readable(), s.writable(),
          type(s.buffer).__name__, s.buffer.name, s.line_buffering)
first = sys.stdin.buffer.readline()
print(repr(first), type(first).__name__)
rest = sys.stdin.buffer.read()
numbers = [int(x) for x in rest.split()]
print(len(rest), sum(numbers), max(numbers))
sys.stdout.write("text then ")
sys.stdout.flush()
n = sys.stdout.buffer.write(b"bytes\n")
sys.stdout.buffer.write(bytearray(b"bytearray\n"))
sys.stdout.buffer.flush()
print("written", n)
sys.stdout.writelines(["a\n", "b\n"])
try:
    sys.stdout.buffer.write("text")
except TypeError as e:
    print("TypeError", e)
sys.stdout.flush()
print(sys.stdin.buffer.read(), sys.stdin.buffer.readline())
