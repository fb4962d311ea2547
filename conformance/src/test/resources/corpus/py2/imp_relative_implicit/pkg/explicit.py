from . import util as sibling
from .util import WHERE


def both():
    return sibling.WHERE + ' / ' + WHERE
