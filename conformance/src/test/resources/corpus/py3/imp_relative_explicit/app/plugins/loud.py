from ..core import core_run
from .. import core
print('loud: core_run from the package is', core_run is core.engine.run)


def shout(s):
    return s.upper() + '!'
