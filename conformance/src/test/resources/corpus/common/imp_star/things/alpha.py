NAME = 'alpha module'
