DEBUG = False
NAME = 'app-config'
print('config: __name__ =', __name__, '__package__ =', repr(__package__))
