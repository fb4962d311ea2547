import sys
import sub
viadunder = __import__('sibling', globals())
__all__ = ['sub', 'star_only']
