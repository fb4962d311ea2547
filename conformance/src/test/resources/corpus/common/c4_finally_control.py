def ret_in_finally():
    try:
        return "try"
    finally:
        return "finally"
print(ret_in_finally())

def swallow_by_return():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"
print(swallow_by_return())

def break_in_finally():
    out = []
    for i in range(5):
        try:
            if i == 2:
                raise KeyError(i)
            out.append(i)
        finally:
            if i == 2:
                break
    return out
print(break_in_finally())

def continue_through_finally():
    out = []
    for i in range(4):
        try:
            if i % 2:
                continue
            out.append(i)
        finally:
            out.append("f%d" % i)
    return out
print(continue_through_finally())

def finally_sees_return():
    x = [1]
    try:
        return x
    finally:
        x.append(2)
print(finally_sees_return())

def while_finally():
    n = 0
    while True:
        try:
            n += 1
            if n == 3:
                break
        finally:
            print("finally n=%d" % n)
    return n
print(while_finally())

def nested_returns():
    try:
        try:
            return 1
        finally:
            print("inner")
    finally:
        print("outer")
print(nested_returns())

def finally_raises_over_return():
    try:
        return "never seen"
    finally:
        raise ValueError("finally wins over return")
print(finally_raises_over_return())
