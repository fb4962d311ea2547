# global declarations inside functions, module-level rebinding and deletion.
counter = 0
names = []

def bump(by):
    global counter
    counter += by
    return counter

def remember(name):
    names.append(name)

def make_global():
    global created_later
    created_later = "made inside a function"

def shadow():
    counter = -1
    return counter

print(bump(1))
print(bump(10))
remember("a")
remember("b")
print(names)
make_global()
print(created_later)
print(shadow())
print(counter)

def read_global():
    return counter * 2

print(read_global())
del created_later
try:
    print(created_later)
except NameError:
    print("created_later deleted")

def uses_before_assign():
    try:
        print(counter)
        counter = 5
    except NameError as e:
        print(type(e).__name__)

uses_before_assign()
