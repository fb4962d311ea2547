# 3.x explicit relative imports: from . import, from .mod import, from .. import, __package__ of each module.
import app.plugins.loud
print(app.plugins.loud.shout('hi'))
print('main __package__:', repr(__package__))
import app.core.engine as engine
print(engine.run())
print('relative names resolved to:', sorted(k for k in __import__('sys').modules if k.startswith('app')))
