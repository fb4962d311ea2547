# platform's questions about the interpreter and the machine, which it answers from sys.version and os.uname
import os
import platform
import sys

print(platform.python_version(), platform.python_implementation(), platform.python_version_tuple()[:2])
print(platform.system(), platform.machine() != '', len(platform.release()) > 0)
u = os.uname()
print(type(u).__name__ if sys.version_info[0] > 2 else type(u).__name__, len(u), u[0])
if sys.version_info[0] > 2:
    print(u.sysname, u.machine == u[4])
print(sys.version.split()[0] == platform.python_version())
