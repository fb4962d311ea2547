# 2.7: a function without parameters called with keywords says it takes no arguments,
# counting the keywords (ceval's check before the keywords are looked at).
def f0():
    return 1
def f1(a):
    return a
for call in (lambda: f0(x=1), lambda: f0(1), lambda: f0(1, y=2), lambda: f1(1, x=2), lambda: f1(b=2), lambda: f0()):
    try:
        print(call())
    except TypeError as e:
        print(e)
