# An uncaught exception whose class's __module__ is no str: 3.11 prints "<unknown>." before the
# qualified name, 3.6 "<unknown>" without a dot, 2.7 only the name.
from __future__ import print_function


class Holder(object):
    class Broken(Exception):
        pass


Holder.Broken.__module__ = 42
print(Holder.Broken.__module__)
raise Holder.Broken("odd module")
