NAME = 'beta module'
