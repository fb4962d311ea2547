# 2.7's str(complex) (print, %s, format) formats each part with 12 significant digits as str(float) does,
# but without adding ".0"; repr keeps the shortest round-trip digits.
for z in [complex(1, 2), complex(1.0/3, -2.5), complex(0, 1), complex(-0.0, 1), complex(0, -1.5), complex(1e20, 1e-20), complex(float('inf'), float('nan')), complex(2, float('-inf')), 1j * 0.1 + 0.2, complex(-3, 0), complex(123456789012345.0, 1)]:
    print(z, str(z), repr(z), [z], '%s' % z, '{0}'.format(z))
print(complex(1, 2) ** 0.5, abs(3 + 4j), (1 + 2j) * (3 - 1j), 1j ** 2)
