# 3.x relative-import errors: beyond the top-level package, and a relative import in the script
# (3.6 and 3.11 differ in both).
import pkg.deep

try:
    from . import anything
except ImportError as e:
    print('script relative:', type(e).__name__, e)
try:
    pkg.deep.too_far()
except (ImportError, ValueError) as e:
    print('too far:', type(e).__name__, e)
print(pkg.deep.ok())
