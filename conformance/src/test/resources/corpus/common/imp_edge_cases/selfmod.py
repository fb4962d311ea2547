import selfmod
SELF_SEEN = selfmod is __import__('sys').modules[__name__]
