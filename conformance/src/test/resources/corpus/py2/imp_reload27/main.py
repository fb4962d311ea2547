# 2.7's reload(): the module body runs again in the same module object; names it no longer
# defines keep their values; errors for non-modules and modules missing from sys.modules.
import sys
import counter
import pkg.inner
counter.extra = 'set from main'
counter.COUNT = 100
same = reload(counter)
print same is counter, counter.COUNT, counter.extra, counter.runs()
print reload(pkg.inner) is pkg.inner, pkg.inner.LOADS
print reload(sys) is sys
for bad in [42, 'counter']:
    try:
        reload(bad)
    except TypeError as e:
        print 'TypeError:', e
del sys.modules['counter']
try:
    reload(counter)
except ImportError as e:
    print 'ImportError:', e
