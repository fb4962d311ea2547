# try/except/else/finally in every combination.
def attempt(x):
    log = []
    try:
        log.append("try")
        if x == 0:
            raise ValueError("zero")
        if x == 1:
            raise KeyError("one")
    except ValueError as e:
        log.append("except ValueError %s" % e)
    except (KeyError, IndexError):
        log.append("except KeyError/IndexError")
    else:
        log.append("else")
    finally:
        log.append("finally")
    return log

for x in range(3):
    print(attempt(x))

def only_finally():
    try:
        return "returned"
    finally:
        print("finally before return")

print(only_finally())

def finally_overrides():
    try:
        return 1
    finally:
        return 2

print(finally_overrides())

def try_else():
    try:
        v = 10
    except Exception:
        v = -1
    else:
        v += 1
    return v

print(try_else())

def break_in_finally():
    out = []
    for i in range(5):
        try:
            if i == 3:
                break
            out.append(i)
        finally:
            out.append("f%d" % i)
    return out

print(break_in_finally())

def continue_in_try():
    out = []
    for i in range(4):
        try:
            if i % 2:
                continue
            out.append(i)
        except Exception:
            pass
    return out

print(continue_in_try())
