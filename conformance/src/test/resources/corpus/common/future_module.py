# __future__ is CPython's own module from its library: features are _Feature objects
from __future__ import division, absolute_import
import __future__
import sys

print(3 / 2)
print(sorted(name for name in __future__.all_feature_names if name in ("division", "absolute_import", "print_function")))
f = __future__.division
print(f.getOptionalRelease(), f.getMandatoryRelease())
print(type(f).__name__, f.compiler_flag == __future__.CO_FUTURE_DIVISION)
print("__future__" in sys.modules)
