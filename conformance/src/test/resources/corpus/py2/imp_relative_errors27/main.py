# 2.7 relative-import errors: explicit relative imports in the script and beyond the top package.
import pkg.deep
try:
    from . import anything
except ValueError as e:
    print 'script relative:', type(e).__name__, e
try:
    pkg.deep.too_far()
except ValueError as e:
    print 'too far:', type(e).__name__, e
print pkg.deep.ok()
import pkg.missing_inside
