import sys
VALUE = 'plain value'
