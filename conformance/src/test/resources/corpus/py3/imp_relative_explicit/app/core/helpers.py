def tag():
    return '[' + __name__ + ']'
