# An uncaught group re-raised by except*: the exception raised in the handler (with its cause and
# the note added there) comes first, what is left of the original group last.
def f():
    raise ExceptionGroup("outer", [ValueError("v"), ExceptionGroup("inner", [TypeError("t")])])
try:
    f()
except* ValueError as e:
    e.add_note("noted")
    raise RuntimeError("during") from e
