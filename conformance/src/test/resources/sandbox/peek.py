def f():
    raise ValueError("peek")
f()
