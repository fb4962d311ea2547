import sys
sys.modules[__name__] = 'a string replaced this module'
