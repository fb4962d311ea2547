# Keyword arguments to str and bytes methods: taken where the method names its parameters
# (expandtabs(tabsize=4) used to be ignored), refused with each version's words elsewhere.
from __future__ import print_function
tests = [("a\tb", "expandtabs", (), {"tabsize": 4}), ("xax", "strip", (), {"chars": "x"}), ("1", "ljust", (3,), {"fillchar": "x"}),
         ("abc", "startswith", (), {"prefix": "a"}), ("abc", "find", (), {"sub": "b"}), ("a b", "split", (), {"sep": " ", "maxsplit": 1}),
         ("a\nb", "splitlines", (), {"keepends": True}), ("a", "encode", (), {"encoding": "ascii", "errors": "strict"}),
         ("abc", "replace", ("a", "b"), {"count": 1}), ("abc", "count", ("a",), {"start": 0}), ("a b", "rsplit", (), {"maxsplit": 1}),
         ("{x}", "format", (), {"x": 1}), ("abc", "center", (), {"width": 7})]
for s, m, args, kw in tests:
    for value in (s, s.encode("ascii") if hasattr(s, "encode") and not isinstance(s, bytes) else s):
        try:
            print(m, repr(getattr(value, m)(*args, **kw)))
        except (TypeError, AttributeError) as e:
            print(m, type(e).__name__, e)
