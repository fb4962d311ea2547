# Uncaught exception groups are drawn within CPython's limits: 15 sub-exceptions, then "and N more";
# 10 levels of nesting, then "... (max_group_depth is 10)"; notes under their exception.
import sys
try:
    raise ExceptionGroup("many", [ValueError(i) for i in range(17)])
except ExceptionGroup as e:
    sys.excepthook(type(e), e, e.__traceback__)
e = ValueError("deep")
for i in range(12):
    e = ExceptionGroup("level %d" % i, [e])
try:
    raise e
except ExceptionGroup as g:
    sys.excepthook(type(g), g, g.__traceback__)
x = ExceptionGroup("notes", [ValueError("a")])
x.add_note("group note")
x.exceptions[0].add_note("leaf note\nsecond line")
raise x
