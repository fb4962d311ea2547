VALUE = 42
loads = globals().get('loads', 0) + 1
