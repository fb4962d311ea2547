# os.get_blocking/set_blocking and os.get_inheritable/set_inheritable (3.4/3.5+): the standard streams are
# blocking and inheritable, a descriptor the program opens is blocking and not inheritable (PEP 446);
# errors for closed descriptors, argument counts and non-int flags.
import os

print("stdout blocking", os.get_blocking(1), "inheritable", os.get_inheritable(1))
print("stderr blocking", os.get_blocking(2), "inheritable", os.get_inheritable(2))
os.set_blocking(1, False)
print("stdout blocking after set_blocking(1, False):", os.get_blocking(1))
os.set_blocking(1, True)
print("and back:", os.get_blocking(1))

name = "os_descriptor_flags.tmp"
fd = os.open(name, os.O_WRONLY | os.O_CREAT)
print("new descriptor: blocking", os.get_blocking(fd), "inheritable", os.get_inheritable(fd))
os.set_inheritable(fd, True)
os.set_blocking(fd, 0)
print("after setting: blocking", os.get_blocking(fd), "inheritable", os.get_inheritable(fd))
os.set_inheritable(fd, False)
print("inheritable again", os.get_inheritable(fd))
os.close(fd)
os.remove(name)

checks = [
    ("get_blocking(closed)", lambda: os.get_blocking(fd)),
    ("set_blocking(closed)", lambda: os.set_blocking(fd, True)),
    ("get_inheritable(closed)", lambda: os.get_inheritable(fd)),
    ("set_inheritable(closed)", lambda: os.set_inheritable(fd, True)),
    ("set_blocking(1)", lambda: os.set_blocking(1)),
    ("set_inheritable(1, 1, 1)", lambda: os.set_inheritable(1, 1, 1)),
    ("get_blocking()", lambda: os.get_blocking()),
    ("get_inheritable(1, 2)", lambda: os.get_inheritable(1, 2)),
    ("set_blocking(1, 'no')", lambda: os.set_blocking(1, 'no')),
    ("get_blocking('1')", lambda: os.get_blocking('1')),
    ("get_blocking(1.0)", lambda: os.get_blocking(1.0)),
]
for label, call in checks:
    try:
        print(label, "->", call())
    except Exception as e:
        print(label, "->", type(e).__name__, e)
