# 2.7's exec statement checks its namespaces before running anything: "exec code in g" wants a dict or
# None ("exec: arg 2 must be a dictionary or None"), "in g, l" a mapping for l ("exec: arg 3 must be a
# mapping or None"), exec(code, g) written as a tuple likewise; the code must be a string, file or code.


def run(label, f):
    try:
        print label, f()
    except TypeError as e:
        print label, type(e).__name__, e


def in_int():
    exec "x = 1" in 1


def in_list():
    exec "x = 1" in []


def locals_int():
    exec "x = 1" in {}, 1


def locals_str():
    exec "x = 1" in {}, "abc"


def tuple_form():
    exec ("x = 1", 5)


def code_int():
    exec 5


def fine():
    g = {}
    exec compile("y = 6 * 7", "<s>", "exec") in g
    return g["y"]


for f in (in_int, in_list, locals_int, locals_str, tuple_form, code_int, fine):
    run(f.__name__, f)
