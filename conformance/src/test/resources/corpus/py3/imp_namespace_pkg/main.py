# 3.x namespace packages (PEP 420): a folder without __init__ imports as a package with no file.
import sys
sys.path.append(sys.path[0] + '/more')
import space.planet
import space.extra
print(space.extra.NAME)
import space.inner.moon
print(space.planet.NAME, space.inner.moon.NAME)
print('namespace has __file__:', getattr(space, '__file__', None))
print('path entries:', [p.replace(__import__('sys').path[0], '<DIR>') for p in space.__path__])
print('inner is a package:', hasattr(space.inner, '__path__'))
