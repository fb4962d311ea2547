# try/except/else/finally: the order in which blocks run, returns overridden by finally.
from __future__ import print_function
log = []
def step(msg):
    log.append(msg)
    print(msg)
def run(kind):
    step("start " + kind)
    try:
        step("body")
        if kind == "value":
            raise ValueError("v")
        if kind == "key":
            raise KeyError("k")
        if kind == "return":
            return "returned from try"
    except ValueError as e:
        step("except ValueError " + str(e))
    except (KeyError, IndexError) as e:
        step("except tuple " + type(e).__name__)
    else:
        step("else")
    finally:
        step("finally")
    step("after")
    return "normal"
for kind in ("ok", "value", "key", "return"):
    print("=>", run(kind))
def finally_overrides():
    try:
        return 1
    finally:
        return 2
print(finally_overrides())
def finally_swallows():
    try:
        raise RuntimeError("lost")
    finally:
        return "swallowed"
print(finally_swallows())
def loop_with_finally():
    out = []
    for i in range(5):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
        finally:
            out.append("f%d" % i)
    return out
print(loop_with_finally())
def nested():
    try:
        try:
            raise IndexError("inner")
        finally:
            print("inner finally")
    except IndexError as e:
        print("outer caught", e)
    finally:
        print("outer finally")
nested()
def reraise():
    try:
        raise TypeError("first")
    except TypeError:
        print("handling, then re-raising")
        raise
try:
    reraise()
except TypeError as e:
    print("caught again:", e)
print(len(log))
