# round() with extreme ndigits: CPython clamps a float's ndigits (past about 323 digits the float is
# returned, below about -308 a signed zero), an int's only needs its sign to return itself, and a
# negative one larger than the int's digits rounds to 0 (found by fuzzing: round(x, -huge) threw
# BigInteger overflow in pyvm).
from __future__ import print_function


def show(label, f):
    try:
        print(label, "->", repr(f()))
    except Exception as e:
        print(label, "!!", type(e).__name__, str(e))


show("round(123, -3)", lambda: round(123, -3))
show("round(500, -3)", lambda: round(500, -3))
show("round(1500, -3)", lambda: round(1500, -3))
show("round(-2500, -3)", lambda: round(-2500, -3))
show("round(-2501, -3)", lambda: round(-2501, -3))
show("round(10**50 + 5*10**29, -30)", lambda: round(10**50 + 5*10**29, -30))
show("round(7, -400)", lambda: round(7, -400))
show("round(-7, -100000)", lambda: round(-7, -100000))
show("round(10**400, -401)", lambda: round(10**400, -401))
show("round(6 * 10**400, -401)", lambda: round(6 * 10**400, -401))
show("round(5, 2**31)", lambda: round(5, 2**31))
show("round(5, 2**63)", lambda: round(5, 2**63))
show("round(5, 2**100)", lambda: round(5, 2**100))
show("round(True, -1)", lambda: round(True, -1))
show("round(1.5, 323)", lambda: round(1.5, 323))
show("round(1.5, 400)", lambda: round(1.5, 400))
show("round(1.5, 2**31)", lambda: round(1.5, 2**31))
show("round(1.5, 2**63)", lambda: round(1.5, 2**63))
show("round(1.5, 2**100)", lambda: round(1.5, 2**100))
show("round(1.5, -2**31)", lambda: round(1.5, -2**31))
show("round(-1.5, -2**63)", lambda: round(-1.5, -2**63))
show("round(-1.5, -2**100)", lambda: round(-1.5, -2**100))
show("round(1.5, -308)", lambda: round(1.5, -308))
show("round(-1.5, -309)", lambda: round(-1.5, -309))
show("round(-1.5, -400)", lambda: round(-1.5, -400))
show("round(1e308, -308)", lambda: round(1e308, -308))
show("round(1.7e308, -308)", lambda: round(1.7e308, -308))
show("round(-1.7e308, -308)", lambda: round(-1.7e308, -308))
show("round(5e-324, 323)", lambda: round(5e-324, 323))
show("round(5e-324, 324)", lambda: round(5e-324, 324))
show("round(2.675, 2)", lambda: round(2.675, 2))
show("round(1e300, 300)", lambda: round(1e300, 300))
show("round(123.456, -1)", lambda: round(123.456, -1))
show("round(-0.4, 0)", lambda: round(-0.4, 0))
show("round(-0.04, 1)", lambda: round(-0.04, 1))
show("round(-0.5)", lambda: round(-0.5))
show("round(2.5, None)", lambda: round(2.5, None))
show("round(1.5, 2.0)", lambda: round(1.5, 2.0))
show("round(7, 1.0)", lambda: round(7, 1.0))
