def fmt(x):
    return '<%s>' % x
