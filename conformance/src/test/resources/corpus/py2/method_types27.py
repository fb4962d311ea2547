# 2.7: bound and unbound methods are one type, instancemethod (types.MethodType is types.UnboundMethodType),
# and against new-style types an old-style instance is an InstanceType and an old-style class a ClassType.
import types


class C(object):
    def m(self):
        return "m of " + type(self).__name__


class Old:
    def m(self):
        return "old m"


print type(C.m) is type(C().m), type(Old.m) is type(Old().m), type(C.m).__name__
print isinstance(C.m, types.MethodType), isinstance(C().m, types.MethodType), types.MethodType is types.UnboundMethodType
print isinstance(Old.m, types.MethodType), isinstance(len, types.MethodType), isinstance(C.m, types.FunctionType)
print C.m.im_self, C.m.im_class.__name__, C().m.im_class.__name__, Old().m.im_class.__name__


def f(self):
    return "bound f on " + type(self).__name__


print types.MethodType(f, C())()
print types.UnboundMethodType(f, C())()
unbound = types.MethodType(f, None, C)
print unbound(C()), unbound.im_self
o = Old()
print isinstance(o, types.InstanceType), isinstance(Old, types.ClassType), isinstance(Old, type)
print isinstance(o, Old), isinstance(o, object), isinstance(C(), types.InstanceType), isinstance(C, types.ClassType)
print isinstance(o, (int, types.InstanceType)), isinstance(Old, (type, types.ClassType)), isinstance(C, type)
print type(o) is types.InstanceType, type(Old) is types.ClassType, o.__class__ is Old
print issubclass(Old, object) if False else "-", isinstance(o, (C, Old))
