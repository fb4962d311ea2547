NAME = 'gamma module'
