package org.pyvm.core.runtime;

import org.pyvm.core.objects.CustomAttributes;
import org.pyvm.core.objects.Language;
import org.pyvm.core.objects.PyObject;
import org.pyvm.core.objects.PyTuple;
import org.pyvm.core.objects.PyType;
import org.pyvm.core.objects.Typed;

/**
 * A tuple whose items also have names, as {@code sys.version_info} and {@code sys.float_info}
 * are: indexable, comparable and sliceable like a tuple, printed as {@code sys.float_info(max=...)}.
 */
public class StructSequence extends PyTuple implements CustomAttributes, Typed {
    private final Runtime rt;
    private final String qualifiedName;
    private final String[] fields;
    private final PyType type;

    public StructSequence(Runtime rt, String qualifiedName, String[] fields, PyObject... values) {
        this(rt, qualifiedName, fields, newType(rt, qualifiedName), values);
    }

    /** One of many values of the same type ({@code os.stat_result}), which {@link #newType} made once. */
    public StructSequence(Runtime rt, String qualifiedName, String[] fields, PyType type, PyObject... values) {
        super(values);
        this.rt = rt;
        this.qualifiedName = qualifiedName;
        this.fields = fields;
        this.type = type;
    }

    /** A struct sequence type: 2.7's behave like tuples but are no tuple subclass (isinstance(v, tuple) is False). */
    public static PyType newType(Runtime rt, String qualifiedName) {
        PyType base = rt.lang.has(org.pyvm.spi.LanguageFeature.STR_IS_BYTES) ? rt.types.object : rt.types.tuple;
        PyType t = PyType.builtin(qualifiedName.substring(qualifiedName.lastIndexOf('.') + 1), null, base);
        if (qualifiedName.indexOf('.') > 0) {
            t.dict.put("__module__", Strings.text(rt, qualifiedName.substring(0, qualifiedName.lastIndexOf('.'))));
        }
        return t;
    }

    @Override
    public PyObject attribute(String name) {
        for (int i = 0; i < fields.length; i++) {
            if (fields[i].equals(name)) {
                return get(i);
            }
        }
        return null;
    }

    @Override
    public PyType type() {
        return type;
    }

    @Override
    public String typeName(Language lang) {
        return type.name(lang);
    }

    @Override
    public String repr(Language lang) {
        StringBuilder sb = new StringBuilder(qualifiedName).append('(');
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(fields[i]).append('=').append(Ops.repr(rt, get(i)));
        }
        return sb.append(')').toString();
    }
}
