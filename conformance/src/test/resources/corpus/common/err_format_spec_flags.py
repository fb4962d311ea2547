from __future__ import print_function
for v in (5, 1.5, 'x', 3j, True, 1e20j, complex(1.5, -2), complex(0, 1e-7), complex(float('inf'), 2)):
  for s in ('.', '.f', '.-1', ',.', ',_', ',x', '#', '#.', '_,', '#>12', '#^14', '#e', '#.3', '#g', '+#'):
    try: print(repr(v), repr(s), repr(format(v, s)))
    except Exception as e: print(repr(v), repr(s), type(e).__name__, e)
