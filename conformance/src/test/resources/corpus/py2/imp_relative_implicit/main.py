# 2.7 implicit relative imports: inside a package, "import name" finds the sibling module first,
# then the top-level one; a relative miss is remembered as None in sys.modules.
import sys
import pkg.user
print pkg.user.which_util()
print 'pkg.util loaded:', 'pkg.util' in sys.modules
print 'top-level util loaded:', 'util' in sys.modules
print 'remembered miss for pkg.other:', repr(sys.modules.get('pkg.other', 'absent'))
import pkg.absolute
print pkg.absolute.which_util()
print 'top-level util loaded now:', 'util' in sys.modules, sys.modules['util'].WHERE
import pkg.explicit
print pkg.explicit.both()
print 'pkg.__package__ after relative imports:', repr(pkg.__package__), repr(pkg.user.__package__)
