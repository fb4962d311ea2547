package org.pyvm.core.code;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.pyvm.core.objects.Language;
import org.pyvm.core.objects.PyObject;
import org.pyvm.spi.CodeField;
import org.pyvm.spi.OpcodePack;

/**
 * A code object as marshal stores it, for any version: the raw fields plus the pack that
 * understands its bytecode. Version layouts are normalised here once: 3.11's localsplus is split
 * back into varnames/cellvars/freevars, and 2.7/3.6's into a localsplus view, so consumers see
 * both.
 */
public final class CodeObject extends PyObject implements org.pyvm.core.objects.CustomAttributes {
    private static final String[] NO_NAMES = new String[0];
    private static final byte[] NO_BYTES = new byte[0];

    public final OpcodePack pack;
    public final Language lang;
    public final int argcount;
    public final int posonlyargcount;
    public final int kwonlyargcount;
    public final int nlocals;
    public final int stacksize;
    public final int flags;
    public final byte[] code;
    public final PyObject[] consts;
    public final String[] names;
    public final String[] varnames;
    public final String[] cellvars;
    public final String[] freevars;
    /** 3.11 layout: locals, then cells that are not locals, then frees. Built for older versions too. */
    public final String[] localsplusNames;
    /** One kind byte per localsplus name: {@link #KIND_LOCAL}, {@link #KIND_CELL}, {@link #KIND_FREE} bits. */
    public final byte[] localsplusKinds;
    /** co_filename; importing a module from a compiled file renames it to the source's path ({@link #fixFilename}). */
    public String filename;
    public final String name;
    /** co_qualname in 3.11; the plain name before. */
    public final String qualname;
    public final int firstlineno;
    /** co_lnotab (2.7, 3.6) or co_linetable (3.11). */
    public final byte[] linetable;
    /** 3.11 co_exceptiontable; empty before. */
    public final byte[] exceptiontable;

    public static final int KIND_LOCAL = 0x20;
    public static final int KIND_CELL = 0x40;
    public static final int KIND_FREE = 0x80;

    private volatile DecodedCode decoded;
    private volatile PyObject[] nameKeys;

    /**
     * co_names as the string objects namespaces are keyed by, made once: str in 3.x, and 2.7's byte
     * string {@code str} (so {@code globals()} shows {@code 'x'}, not {@code u'x'}).
     */
    public PyObject[] nameKeys() {
        PyObject[] k = nameKeys;
        if (k == null) {
            k = new PyObject[names.length];
            for (int i = 0; i < k.length; i++) {
                k[i] = nameKey(lang, names[i]);
            }
            nameKeys = k;
        }
        return k;
    }

    /** A name as a namespace key for this language level. */
    public static PyObject nameKey(Language lang, String name) {
        if (lang.has(org.pyvm.spi.LanguageFeature.STR_IS_BYTES)) {
            return org.pyvm.core.objects.PyBytes.of(name.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        return org.pyvm.core.objects.PyStr.of(name);
    }

    /**
     * What importlib's {@code _imp._fix_co_filename} (2.7's {@code update_compiled_module}) does to code read from
     * a module's up-to-date compiled file: where the file recorded another path than the source's (a library
     * compiled before it was moved), this code object and every one nested in it that bore the old name take the
     * source's path, so tracebacks name and quote the real file.
     */
    public void fixFilename(String sourcePath) {
        if (!filename.equals(sourcePath)) {
            rename(filename, sourcePath);
        }
    }

    /**
     * Library code that stands in for C code of CPython's (see interp/CStandIns): an exception leaving one of its
     * frames adds no traceback entry, as a C function's frame has none.
     */
    private boolean cStandIn;

    public boolean isCStandIn() {
        return cStandIn;
    }

    /** Marks this code and all code nested in it (methods, comprehensions, inner functions) as {@link #isCStandIn}. */
    public void markCStandIn() {
        cStandIn = true;
        for (org.pyvm.core.objects.PyObject c : consts) {
            if (c instanceof CodeObject nested) {
                nested.markCStandIn();
            }
        }
    }

    private void rename(String old, String path) {
        if (!filename.equals(old)) {
            return;
        }
        filename = path;
        for (org.pyvm.core.objects.PyObject c : consts) {
            if (c instanceof CodeObject nested) {
                nested.rename(old, path);
            }
        }
    }

    /**
     * @param fields the marshalled fields by name: {@link Integer} for raw ints, a {@link PyObject}
     *               otherwise ({@code code}, tables: bytes objects; names: tuples of strings)
     * @param strings turns a marshalled name (str/bytes/unicode object) into a Java string
     */
    public CodeObject(OpcodePack pack, Language lang, Map<CodeField, Object> fields, Strings strings) {
        this.pack = pack;
        this.lang = lang;
        this.argcount = intField(fields, CodeField.ARGCOUNT);
        this.posonlyargcount = intField(fields, CodeField.POSONLYARGCOUNT);
        this.kwonlyargcount = intField(fields, CodeField.KWONLYARGCOUNT);
        this.stacksize = intField(fields, CodeField.STACKSIZE);
        this.flags = intField(fields, CodeField.FLAGS);
        this.code = strings.bytes(fields.get(CodeField.CODE));
        this.consts = strings.tuple(fields.get(CodeField.CONSTS));
        this.names = strings.names(fields.get(CodeField.NAMES));
        this.filename = strings.name(fields.get(CodeField.FILENAME));
        this.name = strings.name(fields.get(CodeField.NAME));
        this.qualname = fields.containsKey(CodeField.QUALNAME) ? strings.name(fields.get(CodeField.QUALNAME)) : this.name;
        this.firstlineno = intField(fields, CodeField.FIRSTLINENO);
        Object table = fields.containsKey(CodeField.LINETABLE) ? fields.get(CodeField.LINETABLE) : fields.get(CodeField.LNOTAB);
        this.linetable = table == null ? NO_BYTES : strings.bytes(table);
        this.exceptiontable = fields.containsKey(CodeField.EXCEPTIONTABLE) ? strings.bytes(fields.get(CodeField.EXCEPTIONTABLE)) : NO_BYTES;

        if (fields.containsKey(CodeField.LOCALSPLUSNAMES)) {
            this.localsplusNames = strings.names(fields.get(CodeField.LOCALSPLUSNAMES));
            this.localsplusKinds = strings.bytes(fields.get(CodeField.LOCALSPLUSKINDS));
            if (localsplusKinds.length != localsplusNames.length) {
                throw new IllegalArgumentException("co_localspluskinds has " + localsplusKinds.length
                        + " entries for " + localsplusNames.length + " names");
            }
            List<String> vars = new ArrayList<>();
            List<String> cells = new ArrayList<>();
            List<String> frees = new ArrayList<>();
            for (int i = 0; i < localsplusNames.length; i++) {
                int kind = localsplusKinds[i] & 0xff;
                if ((kind & KIND_LOCAL) != 0) {
                    vars.add(localsplusNames[i]);
                }
                if ((kind & KIND_CELL) != 0) {
                    cells.add(localsplusNames[i]);
                }
                if ((kind & KIND_FREE) != 0) {
                    frees.add(localsplusNames[i]);
                }
            }
            this.varnames = vars.toArray(NO_NAMES);
            this.cellvars = cells.toArray(NO_NAMES);
            this.freevars = frees.toArray(NO_NAMES);
            this.nlocals = varnames.length;
        } else {
            this.varnames = strings.names(fields.get(CodeField.VARNAMES));
            this.cellvars = strings.names(fields.get(CodeField.CELLVARS));
            this.freevars = strings.names(fields.get(CodeField.FREEVARS));
            this.nlocals = fields.containsKey(CodeField.NLOCALS) ? intField(fields, CodeField.NLOCALS) : varnames.length;
            List<String> plus = new ArrayList<>(List.of(varnames));
            List<Byte> kinds = new ArrayList<>();
            for (int i = 0; i < varnames.length; i++) {
                kinds.add((byte) KIND_LOCAL);
            }
            for (String c : cellvars) {
                int at = plus.indexOf(c);
                if (at >= 0) {
                    kinds.set(at, (byte) (KIND_LOCAL | KIND_CELL));
                } else {
                    plus.add(c);
                    kinds.add((byte) KIND_CELL);
                }
            }
            for (String f : freevars) {
                plus.add(f);
                kinds.add((byte) KIND_FREE);
            }
            this.localsplusNames = plus.toArray(NO_NAMES);
            this.localsplusKinds = new byte[kinds.size()];
            for (int i = 0; i < localsplusKinds.length; i++) {
                localsplusKinds[i] = kinds.get(i);
            }
        }
        this.fastSize = Math.max(localsplusNames.length, varnames.length);
        this.separateCells = pack.table().freeIndexSpace() == org.pyvm.spi.FreeIndexSpace.CELLS_THEN_FREES;
    }

    /** A copy of {@code o} with other flags, names, file or first line ({@link #replace}). */
    private CodeObject(CodeObject o, int flags, String name, String qualname, String filename, int firstlineno) {
        this.pack = o.pack;
        this.lang = o.lang;
        this.argcount = o.argcount;
        this.posonlyargcount = o.posonlyargcount;
        this.kwonlyargcount = o.kwonlyargcount;
        this.nlocals = o.nlocals;
        this.stacksize = o.stacksize;
        this.flags = flags;
        this.code = o.code;
        this.consts = o.consts;
        this.names = o.names;
        this.varnames = o.varnames;
        this.cellvars = o.cellvars;
        this.freevars = o.freevars;
        this.localsplusNames = o.localsplusNames;
        this.localsplusKinds = o.localsplusKinds;
        this.filename = filename;
        this.name = name;
        this.qualname = qualname;
        this.firstlineno = firstlineno;
        this.linetable = o.linetable;
        this.exceptiontable = o.exceptiontable;
        this.fastSize = o.fastSize;
        this.separateCells = o.separateCells;
    }

    /**
     * 3.8+'s {@code code.replace(**changes)} for the fields a program changes without new bytecode: co_flags
     * ({@code types.coroutine} adds CO_ITERABLE_COROUTINE), co_name, co_qualname, co_filename and
     * co_firstlineno. Other fields would need the bytecode checked again, which pyvm does not do at run time.
     */
    private PyObject replace(PyObject[] a, String[] kw) {
        int npos = a.length - (kw == null ? 0 : kw.length);
        if (npos > 0) {
            throw org.pyvm.core.objects.PyError.raise("TypeError", "replace() takes no positional arguments");
        }
        int newFlags = flags;
        String newName = name;
        String newQualname = qualname;
        String newFile = filename;
        int newFirst = firstlineno;
        java.util.Set<String> known = java.util.Set.of("co_argcount", "co_posonlyargcount", "co_kwonlyargcount", "co_nlocals",
                "co_stacksize", "co_flags", "co_firstlineno", "co_code", "co_consts", "co_names", "co_varnames", "co_freevars",
                "co_cellvars", "co_filename", "co_name", "co_qualname", "co_linetable", "co_exceptiontable");
        for (int i = 0; kw != null && i < kw.length; i++) {
            String k = kw[i];
            PyObject v = a[npos + i];
            if (!known.contains(k) || k.equals("co_qualname") && lang.minor() < 11) {
                throw org.pyvm.core.objects.PyError.raise("TypeError", "'" + k + "' is an invalid keyword argument for replace()");
            }
            switch (k) {
                case "co_flags":
                case "co_firstlineno": {
                    if (!(v instanceof org.pyvm.core.objects.PyInt n) || n.big != null) {
                        throw org.pyvm.core.objects.PyError.raise("TypeError", "replace() argument '" + k + "' must be int, not "
                                + (v == org.pyvm.core.objects.PyNone.NONE ? "None" : v.typeName(lang)));
                    }
                    if (k.equals("co_flags")) {
                        newFlags = (int) n.small;
                    } else {
                        newFirst = (int) n.small;
                    }
                    break;
                }
                case "co_name":
                case "co_qualname":
                case "co_filename": {
                    if (!(v instanceof org.pyvm.core.objects.PyStr str)) {
                        throw org.pyvm.core.objects.PyError.raise("TypeError", "replace() argument '" + k + "' must be str, not "
                                + (v == org.pyvm.core.objects.PyNone.NONE ? "None" : v.typeName(lang)));
                    }
                    if (k.equals("co_name")) {
                        newName = str.value();
                    } else if (k.equals("co_qualname")) {
                        newQualname = str.value();
                    } else {
                        newFile = str.value();
                    }
                    break;
                }
                default:
                    PyObject current = attribute(k);
                    if (current == null || !v.eq(current, lang)) {
                        throw org.pyvm.core.objects.PyError.raise("SystemError", "pyvm: code.replace() cannot change " + k);
                    }
            }
        }
        return new CodeObject(this, newFlags, newName, newQualname, newFile, newFirst);
    }

    /** Slots of a frame's fast locals: 3.11's localsplus (cells and frees among them), co_varnames before. */
    public final int fastSize;
    /** 2.7/3.6: a frame keeps its cell and free variables apart from the fast locals (3.11 keeps them in localsplus). */
    public final boolean separateCells;

    private static int intField(Map<CodeField, Object> fields, CodeField field) {
        Object v = fields.get(field);
        return v == null ? 0 : (Integer) v;
    }

    /** Converts marshalled field values to Java forms; implemented by the marshal reader. */
    public interface Strings {
        /** A bytes (2.7: str) object's contents. */
        byte[] bytes(Object value);

        /** A name: str/unicode/bytes object as a Java string. */
        String name(Object value);

        /** A tuple of names. */
        String[] names(Object value);

        /** A tuple's items. */
        PyObject[] tuple(Object value);
    }

    /**
     * The decoded form, built once on first use: instructions with resolved arguments, line
     * numbers and exception ranges.
     *
     * @throws org.pyvm.core.errors.BadInputException when the bytecode is invalid
     */
    public DecodedCode decoded() {
        DecodedCode d = decoded;
        if (d == null) {
            synchronized (this) {
                d = decoded;
                if (d == null) {
                    decoded = d = CodeDecoder.decode(this);
                }
            }
        }
        return d;
    }

    /** co_name, co_varnames... as Python sees them. */
    @Override
    public PyObject attribute(String attr) {
        switch (attr) {
            case "co_name":
                return nameKey(lang, name);
            case "co_qualname":
                return nameKey(lang, qualname);
            case "co_filename":
                return nameKey(lang, filename);
            case "co_argcount":
                return org.pyvm.core.objects.PyInt.of(argcount);
            case "co_posonlyargcount":
                return org.pyvm.core.objects.PyInt.of(posonlyargcount);
            case "co_kwonlyargcount":
                return org.pyvm.core.objects.PyInt.of(kwonlyargcount);
            case "co_nlocals":
                return org.pyvm.core.objects.PyInt.of(nlocals);
            case "co_flags":
                return org.pyvm.core.objects.PyInt.of(flags);
            case "co_firstlineno":
                return org.pyvm.core.objects.PyInt.of(firstlineno);
            case "co_stacksize":
                return org.pyvm.core.objects.PyInt.of(stacksize);
            case "co_consts":
                return org.pyvm.core.objects.PyTuple.of(consts.clone());
            case "co_names":
                return names(names);
            case "co_varnames":
                return names(varnames);
            case "co_freevars":
                return names(freevars);
            case "co_cellvars":
                return names(cellvars);
            case "co_code":
                return org.pyvm.core.objects.PyBytes.of(code.clone());
            case "co_lnotab": // 2.7 and 3.6 keep it as marshalled (types.coroutine copies it into a new code object)
                return lang.minor() < 10 || lang.major() == 2 ? org.pyvm.core.objects.PyBytes.of(linetable.clone()) : null;
            case "co_linetable":
                return lang.major() == 3 && lang.minor() >= 10 ? org.pyvm.core.objects.PyBytes.of(linetable.clone()) : null;
            case "co_exceptiontable":
                return lang.major() == 3 && lang.minor() >= 11 ? org.pyvm.core.objects.PyBytes.of(exceptiontable.clone()) : null;
            case "replace":
                return lang.major() == 3 && lang.minor() >= 8 ? org.pyvm.core.objects.PyBuiltinFunction.method("replace", this, "code",
                        this::replace) : null;
            case "co_positions":
                return decoded().lines.hasPositions() ? org.pyvm.core.objects.PyBuiltinFunction.method("co_positions", this, "code",
                        (a, kw) -> positions()) : null;
            default:
                return null;
        }
    }

    /** 3.11 co_positions(): (line, end line, column, end column) per code unit, None where there is none. */
    private PyObject positions() {
        LineNumbers lines = decoded().lines;
        java.util.List<PyObject> out = new java.util.ArrayList<>(lines.positionCount());
        for (int u = 0; u < lines.positionCount(); u++) {
            int[] p = lines.positionsAt(2 * u);
            PyObject[] items = new PyObject[4];
            for (int k = 0; k < 4; k++) {
                items[k] = p[k] < 0 ? org.pyvm.core.objects.PyNone.NONE : org.pyvm.core.objects.PyInt.of(p[k]);
            }
            out.add(org.pyvm.core.objects.PyTuple.of(items));
        }
        java.util.Iterator<PyObject> items = out.iterator();
        return new org.pyvm.core.objects.PyIterator("positions_iterator") {
            @Override
            public PyObject next() {
                return items.hasNext() ? items.next() : null;
            }
        };
    }

    private PyObject names(String[] items) {
        PyObject[] out = new PyObject[items.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = nameKey(lang, items[i]);
        }
        return org.pyvm.core.objects.PyTuple.of(out);
    }

    @Override
    public String typeName(Language l) {
        return "code";
    }

    /** {@code <code object NAME at 0x..., file "FILE", line N>}; the address is this object's identity. */
    @Override
    public String repr(Language l) {
        return "<code object " + name + " at 0x" + Long.toHexString(0x7f0000000000L + (System.identityHashCode(this) & 0xffffffffL) * 16)
                + ", file \"" + filename + "\", line " + firstlineno + ">";
    }
}
