import sys as _sys
visible = 1
_hidden = 2
__dunder = 3


def visible_fn():
    return 'fn'
