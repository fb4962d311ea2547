NAME = 'moon'
