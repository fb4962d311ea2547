from .. import TOPNAME as T
MIDNAME = 'mid under ' + T
