NAME = 'pkg.sub via implicit relative'
