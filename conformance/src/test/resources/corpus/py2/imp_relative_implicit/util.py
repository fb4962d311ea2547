WHERE = 'top-level util'
