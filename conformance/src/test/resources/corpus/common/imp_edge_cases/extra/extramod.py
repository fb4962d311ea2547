WHERE = 'extra folder'
