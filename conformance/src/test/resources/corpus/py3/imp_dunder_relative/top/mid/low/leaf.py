from . import sibling
from .sibling import S
from ... import TOPNAME
VALUE = (S, TOPNAME, __name__, __package__)
