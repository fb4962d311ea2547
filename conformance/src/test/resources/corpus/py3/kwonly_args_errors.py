# Keyword-only arguments, defaults, **kwargs, and the 3.x TypeError messages for wrong calls.
def connect(host, port=80, *, timeout=10, secure=False):
    return f"{host}:{port} timeout={timeout} secure={secure}"
print(connect("a"))
print(connect("b", 443, secure=True))
print(connect(port=8080, host="c", timeout=1))
def only_kw(*, a, b=2):
    return a + b
print(only_kw(a=1), only_kw(b=10, a=5))
def mix(x, *args, flag=False, **rest):
    return (x, args, flag, sorted(rest.items()))
print(mix(1), mix(1, 2, 3), mix(1, flag=True, z=0), mix(*[1, 2], **{"flag": 1, "q": 2}))
def req_kw(a, *, b):
    return a, b
bad_calls = [
    ("connect('a', 1, 2)", lambda: connect("a", 1, 2)),
    ("connect()", lambda: connect()),
    ("connect('a', tmeout=1)", lambda: connect("a", tmeout=1)),
    ("only_kw(1)", lambda: only_kw(1)),
    ("only_kw()", lambda: only_kw()),
    ("only_kw(b=1)", lambda: only_kw(b=1)),
    ("req_kw(1)", lambda: req_kw(1)),
    ("req_kw(1, 2)", lambda: req_kw(1, 2)),
    ("req_kw(a=1, a2=2)", lambda: req_kw(a=1, a2=2)),
    ("mix()", lambda: mix()),
    ("mix(1, x=2)", lambda: mix(1, x=2)),
    ("connect(*'ab', host='c')", lambda: connect(*"ab", host="c")),
    ("mix(**{1: 2})", lambda: mix(0, **{1: 2})),
    ("sorted([1], 2)", lambda: sorted([1], 2)),
]
for label, call in bad_calls:
    try:
        print(label, "->", call())
    except TypeError as e:
        print(label, "TypeError:", e)
print(connect.__kwdefaults__, only_kw.__kwdefaults__, req_kw.__kwdefaults__)
print(connect.__defaults__, connect.__code__.co_kwonlyargcount, connect.__code__.co_argcount)
def defaults_eval_once(x, acc=[], *, seen={}):
    acc.append(x)
    seen[x] = len(acc)
    return list(acc), dict(seen)
print(defaults_eval_once(1), defaults_eval_once(2))
def kw_override(**kw):
    return kw
print(kw_override(a=1, **{"b": 2}), kw_override(**{"a": 1}, c=3))
print(sorted("bca", key=str.upper, reverse=True))
