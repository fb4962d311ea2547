WHERE = 'top-level other'
