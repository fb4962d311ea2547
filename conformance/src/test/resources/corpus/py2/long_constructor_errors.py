# 2.7's long() reports its argument errors under its own name, as int() does under "int": a base out of
# range, a base with a non-string, a bad literal, a base without a string.


def show(label, f):
    try:
        print label, repr(f())
    except (TypeError, ValueError) as e:
        print label, type(e).__name__, e


for name, conv in (("int", int), ("long", long)):
    show(name + "('ff', 16)", lambda: conv("ff", 16))
    show(name + "('11', 1)", lambda: conv("11", 1))
    show(name + "('11', 37)", lambda: conv("11", 37))
    show(name + "('11', -5)", lambda: conv("11", -5))
    show(name + "(1.5, 10)", lambda: conv(1.5, 10))
    show(name + "(10, 2)", lambda: conv(10, 2))
    show(name + "(None, 2)", lambda: conv(None, 2))
    show(name + "('z', 10)", lambda: conv("z", 10))
    show(name + "('0x1g', 0)", lambda: conv("0x1g", 0))
    show(name + "(u'12', 8)", lambda: conv(u"12", 8))
    show(name + "(base=2)", lambda: conv(base=2))
    show(name + "('7', base=8)", lambda: conv("7", base=8))
