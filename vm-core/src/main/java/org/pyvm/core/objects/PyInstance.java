package org.pyvm.core.objects;

import java.util.LinkedHashMap;
import java.util.Map;

/** An instance of a class made by a program: its type and its attribute dict ({@code __dict__}). */
public class PyInstance extends PyObject implements Typed {
    private PyType type;
    public final Map<String, PyObject> dict = new LinkedHashMap<>();

    public PyInstance(PyType type) {
        this.type = type;
    }

    @Override
    public PyType type() {
        return type;
    }

    /** {@code obj.__class__ = C}. */
    public void setType(PyType type) {
        this.type = type;
    }

    @Override
    public String typeName(Language lang) {
        return type.classic ? "instance" : type.name(lang);
    }

    /** object.__repr__: {@code <__main__.C object at 0x...>}; 2.7 classic instances say {@code instance}. */
    @Override
    public String repr(Language lang) {
        return "<" + type.moduleName() + "." + type.name(lang) + (type.classic ? " instance" : " object")
                + " at 0x" + Long.toHexString(Ids.address(this)) + ">";
    }
}
