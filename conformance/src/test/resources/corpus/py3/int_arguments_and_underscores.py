# C int arguments (chr, expandtabs, int's base) out of range in each version's words (getargs "i" on 3.6, Argument
# Clinic's int on 3.11, through __int__ and __index__ respectively); complex() with underscores between digits (PEP 515)
# and misplaced ones; a class whose __contains__ is None is no container
class C:
    __contains__ = None
    def __iter__(self): return iter([1])
try:
    print(1 in C())
except TypeError as e:
    print("TE", e)
for s in ('1_0j', '1_000+2_0j', '(1_0.5-2j)', '1__0j', '_1j', '1_j'):
    try:
        print(repr(complex(s)))
    except ValueError as e:
        print("VE", e)
for n in (2**70, -2**70, 2**31, 0x110000):
    try:
        chr(n)
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
class Idx:
    def __index__(self): return 2**40
for f in (lambda: 'a\tb'.expandtabs(2**40), lambda: 'a\tb'.expandtabs(2**70), lambda: chr(Idx()), lambda: int('10', 2**40), lambda: int('10', 2**70)):
    try:
        print(repr(f()))
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
