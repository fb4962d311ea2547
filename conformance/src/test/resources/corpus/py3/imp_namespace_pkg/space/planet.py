NAME = 'planet'
