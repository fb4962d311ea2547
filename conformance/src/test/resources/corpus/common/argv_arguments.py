# Reads command-line arguments from sys.argv.
import sys

args = sys.argv[1:]
print(len(args))
print(sys.argv[0])
for i, a in enumerate(args):
    print("%d: %r" % (i, a))
nums = [int(a) for a in args if a.lstrip("-").isdigit()]
print(sum(nums))
print(" ".join(reversed(args)))
flags = [a for a in args if a.startswith("--")]
print(flags)
