# cmath phase, polar, tan, tanh and the functions built on atan2 and hypot (log, acos...), abs() and ** of complex
# numbers: all to the last digit, as the C library computes them
import cmath

pts = []
for a in range(-7, 8):
    for b in range(-7, 8):
        pts.append(complex(a * 0.37, b * 0.53))
for z in pts:
    r, phi = cmath.polar(z)
    print(repr(cmath.phase(z)), repr(r), repr(phi), repr(cmath.log(z)) if z else '-')
for z in pts[::7]:
    print(cmath.acos(z), cmath.asin(z), cmath.atan(z) if z not in (1j, -1j) else '-', cmath.acosh(z), cmath.asinh(z))
print(cmath.phase(-1.0), cmath.phase(complex(-1.0, -0.0)), cmath.polar(1j), cmath.log(-1))
# abs() and ** of complex numbers take hypot and atan2 from the C library too
for z in pts[::3]:
    print(repr(abs(z)), repr(z ** 0.5) if z else '-', repr(z ** (0.25 - 1j)) if z else '-', repr(cmath.tanh(z)), repr(cmath.tan(z)))
