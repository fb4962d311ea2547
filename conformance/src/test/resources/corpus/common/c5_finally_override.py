def three_levels():
    try:
        try:
            try:
                return "inner"
            finally:
                print("finally 1")
        finally:
            print("finally 2")
            return "middle"
    finally:
        print("finally 3")

print(three_levels())

def value_frozen():
    x = [1]
    try:
        return x[0]
    finally:
        x[0] = 99
        print("changed to %d" % x[0])

print(value_frozen())

def except_return_overridden():
    try:
        raise ValueError("v")
    except ValueError:
        return "from except"
    finally:
        return "from finally"

print(except_return_overridden())

def else_and_finally(flag):
    log = []
    try:
        log.append("try")
        if flag:
            raise KeyError(flag)
    except KeyError:
        log.append("except")
        return log
    else:
        log.append("else")
        return log
    finally:
        log.append("finally")

print(else_and_finally(False))
print(else_and_finally("k"))

def swallow_in_nested_loops():
    hits = []
    for i in range(3):
        for j in range(3):
            try:
                if j == 1:
                    raise RuntimeError((i, j))
                hits.append((i, j))
            finally:
                if j == 1:
                    break
    return hits

print(swallow_in_nested_loops())

def raise_over_return():
    try:
        return "never seen"
    finally:
        cleanup()

def cleanup():
    helper(0)

def helper(n):
    return 10 // n

print("about to fail")
print(raise_over_return())
