# A circular import that works: each module uses the other only inside functions, and
# "import b" inside a gets the partially initialised b from sys.modules.
from __future__ import print_function
import sys
print('main imports alpha')
import alpha
print('main: alpha and beta loaded:', 'alpha' in sys.modules, 'beta' in sys.modules)
print(alpha.ping(3))
print(sys.modules['beta'].pong(2))
print('beta saw alpha partially initialised, without:', alpha.SEEN_BY_BETA)
