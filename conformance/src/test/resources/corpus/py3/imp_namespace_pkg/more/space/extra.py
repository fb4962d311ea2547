NAME = 'extra, from a second portion'
