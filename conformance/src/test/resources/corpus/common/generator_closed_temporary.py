# next(gen()): the generator made right there is held by next's argument alone and is closed as
# soon as next returns; one another call handed back (and may keep) is not closed then.
def gen(name):
    try:
        yield 1
        yield 2
    finally:
        print("finally " + name)


print(next(gen("temporary")))
print("after temporary")


def inner():
    return next(gen("in a function"))


print(inner())
print("after inner")
d = {}
x = d.setdefault("k", gen("kept by setdefault"))
next(x)
del x
print("after del x")
print(next(d.setdefault("j", gen("kept 2"))))
print("after kept 2")
for v in d.setdefault("m", gen("kept 3")):
    break
print("after loop over kept 3")
for k in sorted(d):
    d[k].close()
print("end")
