from .. import config
from ..config import NAME
from . import helpers
print('engine: __package__ =', repr(__package__), 'helpers is', helpers.__name__)


def run():
    return 'engine running with ' + NAME + ' ' + helpers.tag()
