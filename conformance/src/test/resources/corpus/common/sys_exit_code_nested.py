# sys.exit with an int code from inside nested calls: finally blocks run, SystemExit can be caught.
from __future__ import print_function
import sys
def inner(code):
    try:
        print("inner exiting with", code)
        sys.exit(code)
    finally:
        print("inner finally")
def middle(code):
    try:
        inner(code)
    except ValueError:
        print("not a ValueError")
    print("middle after (unreachable)")
try:
    middle(5)
except SystemExit as e:
    print("caught SystemExit, code", e.code, type(e.code).__name__)
try:
    sys.exit()
except SystemExit as e:
    print("bare exit code", e.code)
try:
    sys.exit(0)
except SystemExit as e:
    print("exit(0) code", e.code)
try:
    raise SystemExit(9)
except SystemExit as e:
    print("raised SystemExit", e.code, e.args)
print(issubclass(SystemExit, Exception), issubclass(SystemExit, BaseException))
try:
    try:
        sys.exit(4)
    except Exception:
        print("Exception does not catch SystemExit")
except BaseException as e:
    print("BaseException caught", type(e).__name__, e.code)
def cleanup_then_exit():
    results = []
    for i in range(5):
        try:
            if i == 3:
                sys.exit(3)
            results.append(i)
        finally:
            print("cleanup", i)
    return results
print("final run")
sys.stdout.flush()
cleanup_then_exit()
print("not reached")
