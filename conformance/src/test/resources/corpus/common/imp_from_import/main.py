# "from module import names", "as" renames, missing names (messages differ per version; paths show as <DIR>).
from __future__ import print_function
from shapes import square, circle_area as area, PI
print(square(7), round(area(2.0), 3), PI)
from shapes import *
print(cube(3))
try:
    from shapes import hexagon
except ImportError as e:
    print('ImportError:', e)
try:
    from shapes import square, nothing_here, cube
except ImportError as e:
    print('ImportError:', e)
import shapes
print('square is shapes.square:', square is shapes.square)
shapes.PI = 3
from shapes import PI as pi2
print('rebound PI seen by a later from-import:', pi2, 'earlier binding keeps', PI)
def local():
    from shapes import square as sq
    return sq(5)
print(local())
