package org.pyvm.core.interp;

import org.pyvm.core.objects.PyBaseException;
import org.pyvm.core.objects.PyBool;
import org.pyvm.core.objects.PyBuiltinFunction;
import org.pyvm.core.objects.PyError;
import org.pyvm.core.objects.PyInstance;
import org.pyvm.core.objects.PyInt;
import org.pyvm.core.objects.PyMethodDescriptor;
import org.pyvm.core.objects.PyNone;
import org.pyvm.core.objects.PyNotImplemented;
import org.pyvm.core.objects.PyObject;
import org.pyvm.core.objects.PyTuple;
import org.pyvm.core.objects.PyType;
import org.pyvm.core.runtime.Exceptions;
import org.pyvm.core.runtime.Ops;
import org.pyvm.core.runtime.Runtime;
import org.pyvm.core.runtime.Strings;

/** The methods every object inherits from {@code object}, and BaseException's own, callable explicitly (super().__init__(...)). */
final class ObjectMethods {
    private ObjectMethods() {
    }

    static void install(Interpreter in) {
        Runtime rt = in.rt;
        PyType object = rt.types.object;
        object.dict.put("__init__", new PyMethodDescriptor("__init__", object, (self, a, kw) -> PyNone.NONE));
        object.dict.put("__new__", new Classes.StaticMethod(new PyBuiltinFunction("__new__", (a, kw) -> {
            if (a.length == 0 || !(a[0] instanceof PyType t)) {
                throw PyError.raise("TypeError", "object.__new__(X): X is not a type object");
            }
            return t.isSubtypeOf(rt.types.exceptions.get("BaseException")) ? new PyBaseException(t, PyTuple.of())
                    : new PyInstance(t);
        })));
        object.dict.put("__setattr__", new PyMethodDescriptor("__setattr__", object, (self, a, kw) -> {
            if (self instanceof PyInstance i) {
                i.dict.put(Ops.str(rt, a[0]), a[1]);
                return PyNone.NONE;
            }
            Ops.setattr(rt, self, Ops.str(rt, a[0]), a[1]);
            return PyNone.NONE;
        }));
        object.dict.put("__getattribute__", new PyMethodDescriptor("__getattribute__", object,
                (self, a, kw) -> Ops.getattr(rt, self, Ops.str(rt, a[0]))));
        object.dict.put("__delattr__", new PyMethodDescriptor("__delattr__", object, (self, a, kw) -> {
            Ops.delattr(rt, self, Ops.str(rt, a[0]));
            return PyNone.NONE;
        }));
        object.dict.put("__repr__", new PyMethodDescriptor("__repr__", object, (self, a, kw) -> Strings.text(rt, self.repr(rt.lang))));
        object.dict.put("__str__", new PyMethodDescriptor("__str__", object, (self, a, kw) -> Strings.text(rt, Ops.repr(rt, self))));
        object.dict.put("__eq__", new PyMethodDescriptor("__eq__", object,
                (self, a, kw) -> self == a[0] ? PyBool.TRUE : PyNotImplemented.NOT_IMPLEMENTED));
        object.dict.put("__ne__", new PyMethodDescriptor("__ne__", object,
                (self, a, kw) -> self == a[0] ? PyBool.FALSE : PyNotImplemented.NOT_IMPLEMENTED));
        object.dict.put("__hash__", new PyMethodDescriptor("__hash__", object,
                (self, a, kw) -> PyInt.of(org.pyvm.core.objects.Ids.address(self) >> 4)));
        PyType base = rt.types.exceptions.get("BaseException");
        base.dict.put("__init__", new PyMethodDescriptor("__init__", base, (self, a, kw) -> {
            ((PyBaseException) self).args = PyTuple.of(a.clone());
            return PyNone.NONE;
        }));
        base.dict.put("__str__", new PyMethodDescriptor("__str__", base,
                (self, a, kw) -> Strings.text(rt, Exceptions.str(rt, (PyBaseException) self))));
        base.dict.put("__repr__", new PyMethodDescriptor("__repr__", base, (self, a, kw) -> Strings.text(rt, self.repr(rt.lang))));
    }
}
