package org.pyvm.core.objects;

/**
 * A builtin type's attribute as its class shows it ({@code FunctionType.__code__}): CPython's getset_descriptor
 * or member_descriptor, whose types {@code types.GetSetDescriptorType} and {@code types.MemberDescriptorType} are.
 * Fetched through an instance it gives that object's own attribute, which a {@link CustomAttributes} object
 * resolves itself.
 */
public final class PyAttributeDescriptor extends PyObject implements Descriptor {
    private final String name;
    private final String ownerName;
    /** A C struct member (member_descriptor) rather than a computed attribute (getset_descriptor). */
    private final boolean member;

    public PyAttributeDescriptor(String name, String ownerName, boolean member) {
        this.name = name;
        this.ownerName = ownerName;
        this.member = member;
    }

    @Override
    public PyObject get(PyObject obj, PyType type) {
        if (obj == null) {
            return this;
        }
        PyObject v = obj instanceof CustomAttributes c ? c.attribute(name) : null;
        if (v == null) {
            throw PyError.raise("AttributeError", "'" + ownerName + "' object has no attribute '" + name + "'");
        }
        return v;
    }

    @Override
    public String typeName(Language lang) {
        return member ? "member_descriptor" : "getset_descriptor";
    }

    @Override
    public String repr(Language lang) {
        return "<" + (member ? "member" : "attribute") + " '" + name + "' of '" + ownerName + "' objects>";
    }
}
