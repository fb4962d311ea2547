def run(mode):
    log = []
    try:
        log.append("try")
        if mode == "raise":
            raise ValueError("v")
        if mode == "other":
            raise KeyError("k")
    except ValueError:
        log.append("except")
    else:
        log.append("else")
    finally:
        log.append("finally")
    return log

print(run("ok"))
print(run("raise"))
try:
    run("other")
except KeyError:
    print("KeyError propagated")

def try_else_only(x):
    try:
        y = 10 // x
    except ZeroDivisionError:
        return "div0"
    else:
        return "y=%d" % y
print(try_else_only(2))
print(try_else_only(0))

def try_finally_only(x):
    out = []
    try:
        out.append(10 // x)
    finally:
        out.append("cleanup")
        print(out)
    return out
try_finally_only(5)
try:
    try_finally_only(0)
except ZeroDivisionError:
    print("caught after finally")

def nested():
    try:
        try:
            raise IndexError("inner")
        finally:
            print("inner finally")
    except IndexError as e:
        print("outer caught %s" % e)
    else:
        print("no else")
    finally:
        print("outer finally")
nested()

def except_in_else():
    try:
        pass
    except Exception:
        print("not here")
    else:
        raise RuntimeError("from else")
    finally:
        print("finally after else")
except_in_else()
