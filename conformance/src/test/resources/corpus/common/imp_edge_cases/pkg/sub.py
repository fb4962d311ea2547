NAME = 'pkg.sub'
import pkg
def helper():
    return 'helper sees pkg partially: ' + str(hasattr(pkg, 'helper_ref'))
