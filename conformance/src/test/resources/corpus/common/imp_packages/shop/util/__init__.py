# a package whose __init__ is empty
