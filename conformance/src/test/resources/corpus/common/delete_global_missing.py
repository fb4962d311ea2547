# Deleting a global that does not exist from inside a function (global x; del x) raises NameError: 2.7
# words it as a failed global load does, "global name 'x' is not defined"; 3.x says "name 'x' is not
# defined". The module level's own del of a missing name is "name 'x' is not defined" everywhere.
from __future__ import print_function

present = 1


def drop(which):
    global present, absent
    if which == "present":
        del present
    else:
        del absent


def drop_twice():
    global counter
    counter = 0
    del counter
    del counter


for action in (lambda: drop("present"), lambda: drop("present"), lambda: drop("absent"), drop_twice):
    try:
        action()
        print("deleted")
    except NameError as e:
        print(type(e).__name__, e)
try:
    del never_defined
except NameError as e:
    print(type(e).__name__, e)
print("present" in globals())
