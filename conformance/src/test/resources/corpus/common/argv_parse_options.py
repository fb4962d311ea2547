# Parses sys.argv by hand: flags, key=value options, positional arguments, and a usage error exit.
from __future__ import print_function
import sys
args = sys.argv[1:]
print("argc", len(sys.argv), "program endswith .pyc", sys.argv[0].endswith(".pyc"))
flags = []
options = {}
positional = []
i = 0
while i < len(args):
    a = args[i]
    if a == "--":
        positional.extend(args[i + 1:])
        break
    if a.startswith("--") and "=" in a:
        key, _, value = a[2:].partition("=")
        options[key] = value
    elif a.startswith("--"):
        flags.append(a[2:])
    elif a.startswith("-") and len(a) > 1 and not a[1:].isdigit():
        if i + 1 < len(args):
            options[a[1:]] = args[i + 1]
            i += 1
        else:
            flags.append(a[1:])
    else:
        positional.append(a)
    i += 1
print("flags", flags)
for k in sorted(options):
    print("option", k, "=", repr(options[k]))
print("positional", positional)
numbers = []
for p in positional:
    try:
        numbers.append(int(p))
    except ValueError:
        print("not a number:", repr(p))
print("sum", sum(numbers))
level = int(options.get("level", "0"))
print("level", level, "verbose" in flags)
if "fail" in flags:
    sys.stderr.write("usage error: --fail given\n")
    sys.exit(2)
print("unreachable when --fail is given")
