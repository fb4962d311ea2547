TOPNAME = 'top'
