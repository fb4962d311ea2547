__all__ = ['public_a', '_private_but_listed']


def public_a():
    return 'a'


def public_b():
    return 'b'

_private_but_listed = 'listed'
