NAME = 'pkg ' + __name__
