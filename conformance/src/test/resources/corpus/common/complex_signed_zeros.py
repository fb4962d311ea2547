# complex(real, imag) takes the imaginary argument's value as it is, so negative zeros keep their sign
# (complex_new adds a complex argument's parts only when there is one).
from __future__ import print_function
for args in [(2, -0.0), (-0.0, -0.0), (0.0, 0.0), (2,), (-0.0,), (1.5, 2), (1j, 1), (1 + 2j, 3j), (2, 3j),
             (complex(1, -0.0),), (complex(1, -0.0), 0.0), (-0.0, 1j)]:
    z = complex(*args)
    print(args, repr(z), repr(z.real), repr(z.imag))
print(repr(complex(0, -0.0)), repr(-complex(0, 0)), repr(complex(-0.0, 0).conjugate()))
