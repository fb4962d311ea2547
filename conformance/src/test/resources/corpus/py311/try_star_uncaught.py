# except* handles only part of a group; the unhandled rest ends the program with a traceback.
def tasks():
    raise ExceptionGroup("tasks failed", [KeyError("a"), RuntimeError("b"), KeyError("c")])

handled = []
try:
    tasks()
except* KeyError as eg:
    handled.extend(str(e) for e in eg.exceptions)
    print("handled keys:", handled)
print("not reached")
