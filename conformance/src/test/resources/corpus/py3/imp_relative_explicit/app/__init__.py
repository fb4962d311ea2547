print('app/__init__: __package__ =', repr(__package__))
from . import config
print('app sees config.DEBUG =', config.DEBUG)
