# SystemExit whose code was set to an int after it was made: that is the exit status
e = SystemExit('text')
e.code = 4
print('leaving with', e.code)
raise e
