def too_far():
    from ... import x
    return x


def ok():
    from . import TOP
    return 'ok: ' + TOP
