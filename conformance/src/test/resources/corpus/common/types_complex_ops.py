from __future__ import print_function
import sys
vals = [1j, -1j, 1+2j, -1.5-0.5j, complex(0, -0.0), complex(-0.0, 0), complex(-0.0, -0.0), 3+0j, complex(1e20, 1e-20),
        complex(float('inf'), float('nan')), complex(1, float('-inf')), 0j, complex(2.5, 1e16)]
for z in vals:
    print(repr(z), str(z), z.real, z.imag, z.conjugate())
a, b = 3+4j, 1-2j
print(a + b, a - b, a * b, a / b, -a, +a, abs(a), a == 3+4j, a != b, a ** 2, a ** 0.5, pow(a, 3))
print((1+1j) ** 10, 2 ** (1j), 1j ** 1j, (0j) ** 0, (1+2j) * 2, 2.5 / (1+1j), 1 - 1j * 1j)
print(complex('1+2j'), complex(' -3.5j '), complex('(4-5j)'), complex('7'), complex(2, 3), complex(1+1j, 1j), complex('1e3-1e-3j'))
for bad in ['1+', 'j1', '(1+2j', '1 + 2j', '']:
    try:
        print(complex(bad))
    except ValueError as e:
        print('ValueError', e)
try:
    (1+1j) / 0
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    0j ** -1
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    (1j) < (2j)
except TypeError as e:
    print('TypeError', e)
try:
    int(1j)
except TypeError as e:
    print('TypeError', e)
print(format(1+2j, ''), format(3.14159-2.5j, '.2f'), format(1+2j, '>20'), format(-1e-10+1e10j, 'g'), format(1j, 'e'))
print('{:+.3f}'.format(1.5+2.25j), '{:^30.4e}'.format(12345.678-0.001j), '{:*<16}'.format(1-1j), '{0.real} {0.imag}'.format(2+3j))
print(hash(1+0j) == hash(1), hash(2.0+0j) == hash(2), 1+0j == 1, 1+0j == 1.0, (1+0j) in {1: 0}, {1: 'a', 1+0j: 'b'})
print(complex(True), complex(5), complex(2.5), bool(0j), bool(-0.0j), bool(1e-300j))
print(abs(3e200+4e200j), abs(complex(float('inf'), float('nan'))), (1e308+1e308j) * 1e-308)
print(type(1j).__name__, isinstance(1j, complex), (2j).real.__class__.__name__, divmod(5, 2) if True else 0)
if sys.version_info < (3,):
    print(divmod(5+1j, 2), (5+1j) // 2, (5+1j) % 2)
else:
    try:
        (5+1j) // 2
    except TypeError as e:
        print('TypeError', e)
