# An uncaught exception raised while handling another: both tracebacks are printed.
def parse(text):
    return int(text)

def handle(text):
    try:
        return parse(text)
    except ValueError:
        return fallback(text)

def fallback(text):
    return {"one": 1}[text]

print(handle("5"))
print(handle("one"))
print(handle("two"))
