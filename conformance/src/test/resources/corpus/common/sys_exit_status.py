# sys.exit with a status code after output; the finally block still runs.
import sys

def work():
    total = 0
    for i in range(5):
        total += i
    return total

print(work())
try:
    sys.exit(3)
finally:
    print("cleanup")
print("not reached")
