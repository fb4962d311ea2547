# sys.stdout.reconfigure (3.7+) changes the encoding, error handler and line buffering of what is printed
# next; io.TextIOWrapper wraps sys.stdout.buffer with an encoding of its own; sys.stdin.buffer iterates
# over its lines as bytes.
import io
import sys

print("before", sys.stdout.encoding, sys.stdout.errors, sys.stdout.line_buffering)
sys.stdout.reconfigure(errors="replace", line_buffering=True)
print("after errors=replace", sys.stdout.encoding, sys.stdout.errors, sys.stdout.line_buffering)
sys.stdout.reconfigure(encoding="ascii", errors="backslashreplace")
print("caf\u00e9 \u20ac", sys.stdout.encoding, sys.stdout.errors)
sys.stdout.reconfigure(encoding="utf-8")
print("caf\u00e9 again", sys.stdout.encoding, sys.stdout.errors)
sys.stdout.flush()
wrapped = io.TextIOWrapper(sys.stdout.buffer, encoding="utf-8", errors="strict")
wrapped.write("wrapped \u00e9\n")
wrapped.flush()
print("buffer", sys.stdout.buffer.closed, sys.stdout.buffer.writable(), sys.stdout.buffer.readable())
for label, call in [("unknown encoding", lambda: sys.stdout.reconfigure(encoding="no-such-codec")),
                    ("positional", lambda: sys.stdout.reconfigure("utf-8")),
                    ("bad keyword", lambda: sys.stdout.reconfigure(colour="red"))]:
    try:
        call()
    except (LookupError, TypeError) as e:
        print(label, type(e).__name__, e)
for number, line in enumerate(sys.stdin.buffer):
    print(number, line)
print("next at the end:", next(sys.stdin.buffer, "done"))
