# An uncaught exception from nested calls: traceback on stderr, exit status 1.
def level3(x):
    return x["missing"]

def level2(x):
    y = level3(x)
    return y

def level1():
    data = {"present": 1}
    return level2(data)

print("before")
level1()
print("never printed")
