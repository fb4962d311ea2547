# chr takes a C long on 2.7: past it OverflowError, else out of range(256); expandtabs and int's base a C int
from __future__ import print_function
for n in (2**70, -2**70, 2**31, -2**31-1, 2**63, 256, -1):
    try: chr(n)
    except (OverflowError, ValueError) as e: print(type(e).__name__, str(e))
for f in (lambda: 'a\tb'.expandtabs(2**40), lambda: 'a\tb'.expandtabs(2**70), lambda: int('10', 2**40), lambda: int('10', 2**70)):
    try: f()
    except (OverflowError, ValueError) as e: print(type(e).__name__, str(e))
