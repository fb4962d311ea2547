def fmt(amount):
    return '$%.2f' % amount
