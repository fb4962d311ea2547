package org.pyvm.spi;

import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An {@link OpcodeTable} in a compact binary form, read in one pass straight into the table's records. The
 * build writes it beside each pack's YAML ({@link TableCompiler}) and packs read it instead of the YAML: a cold
 * JVM took 9 ms to read the YAML's tree of maps and build the table from it, a third of pyvm's own start-up.
 * The YAML stays the one source of the facts; this form is a cache of it, valid for the spi that wrote it.
 *
 * <p>Layout, every field in the record's order: strings as {@link DataOutputStream#writeUTF}, enums by name,
 * lists as a count then their items, an absent value as a 0 byte before it (1 when present), stack effects as
 * their formulas (parsed when the table is read, as from the YAML).
 */
public final class CompiledTable {
    private CompiledTable() {
    }

    /** First bytes of a compiled table; a new layout gets a new number, so an old file is refused, never misread. */
    private static final String MAGIC = "pyvm-opcode-table-2";

    /** Writes {@code table}; {@link #read} gives it back equal. */
    public static void write(OpcodeTable table, OutputStream out) throws IOException {
        DataOutputStream d = new DataOutputStream(out);
        d.writeUTF(MAGIC);
        d.writeUTF(table.pack());
        d.writeUTF(table.pythonVersion());
        d.writeShort(table.magicNumbers().size());
        for (int m : table.magicNumbers()) {
            d.writeInt(m);
        }
        d.writeInt(table.pycHeaderBytes());
        d.writeInt(table.marshalVersion());
        writeNames(table.codeObjectFields(), d);
        d.writeUTF(table.lineTable().name());
        d.writeUTF(table.exceptionModel().name());
        d.writeUTF(table.freeIndexSpace().name());
        writeNames(new ArrayList<>(table.features()), d);
        d.writeInt(table.haveArgument());
        d.writeInt(table.extendedArg());
        writeStrings(table.compareOps(), d);
        d.writeShort(table.binaryOps().size());
        for (BinaryOpDef b : table.binaryOps()) {
            d.writeUTF(b.symbol());
            d.writeUTF(b.operator());
        }
        writeStrings(table.makeFunctionFlags(), d);
        DisFormat f = table.dis();
        for (boolean b : new boolean[] {f.rstripRows(), f.recurse(), f.exceptionTable(), f.wideColumns(), f.longExtendedArg(),
            f.absoluteJumpsShowTo(), f.emptyArgreprParens()}) {
            d.writeBoolean(b);
        }
        d.writeShort(table.opcodes().size());
        for (OpcodeDef o : table.opcodes()) {
            writeOpcode(o, d);
        }
        d.flush();
    }

    private static void writeOpcode(OpcodeDef o, DataOutputStream d) throws IOException {
        d.writeShort(o.code());
        d.writeUTF(o.name());
        d.writeUTF(o.arg().name());
        d.writeBoolean(o.jump() != null);
        if (o.jump() != null) {
            d.writeBoolean(o.jump().relative());
            d.writeUTF(o.jump().unit().name());
            d.writeBoolean(o.jump().backward());
        }
        d.writeShort(o.cache());
        d.writeUTF(o.op().name());
        writeOptional(o.implied(), d);
        d.writeBoolean(o.specialized());
        writeOptional(o.stack() == null ? null : o.stack().toString(), d);
        writeOptional(o.stackJump() == null ? null : o.stackJump().toString(), d);
    }

    private static void writeNames(List<? extends Enum<?>> values, DataOutputStream d) throws IOException {
        d.writeShort(values.size());
        for (Enum<?> v : values) {
            d.writeUTF(v.name());
        }
    }

    private static void writeStrings(List<String> values, DataOutputStream d) throws IOException {
        d.writeShort(values.size());
        for (String s : values) {
            d.writeUTF(s);
        }
    }

    private static void writeOptional(String s, DataOutputStream d) throws IOException {
        d.writeBoolean(s != null);
        if (s != null) {
            d.writeUTF(s);
        }
    }

    /** Reads a table {@link #write} wrote. */
    public static OpcodeTable read(InputStream in) throws IOException {
        Fields d = open(in);
        try {
            return readTable(d);
        } catch (java.io.EOFException e) {
            throw new IOException("the compiled opcode table is cut short (rebuild the pack)", e);
        }
    }

    /** Only the table's .pyc magic numbers, read from its head (choosing the pack for a .pyc). */
    public static List<Integer> readMagicNumbers(InputStream in) throws IOException {
        Fields d = open(in);
        try {
            d.readUTF(); // pack
            d.readUTF(); // python_version
            return readInts(d);
        } catch (java.io.EOFException e) {
            throw new IOException("the compiled opcode table is cut short (rebuild the pack)", e);
        }
    }

    private static Fields open(InputStream in) throws IOException {
        Fields d = new Fields(in.readAllBytes());
        String magic;
        try {
            magic = d.readUTF();
        } catch (IOException e) {
            magic = null;
        }
        if (!MAGIC.equals(magic)) {
            throw new IOException("not a compiled opcode table of this pyvm (rebuild the pack)");
        }
        return d;
    }

    /**
     * The fields {@link DataOutputStream} wrote (big-endian numbers, modified UTF-8 strings), read from the bytes in
     * memory. DataInputStream's readers go through jdk.internal.util.ByteArray, whose class initialisation makes
     * VarHandles: 7% of the CPU of an empty program's start, spent on the first table read.
     */
    private static final class Fields {
        private final byte[] bytes;
        private int at;

        Fields(byte[] bytes) {
            this.bytes = bytes;
        }

        private int next() throws java.io.EOFException {
            if (at >= bytes.length) {
                throw new java.io.EOFException();
            }
            return bytes[at++] & 0xff;
        }

        boolean readBoolean() throws IOException {
            return next() != 0;
        }

        short readShort() throws IOException {
            return (short) (next() << 8 | next());
        }

        int readInt() throws IOException {
            return next() << 24 | next() << 16 | next() << 8 | next();
        }

        String readUTF() throws IOException {
            int n = readShort() & 0xffff;
            if (bytes.length - at < n) {
                throw new java.io.EOFException();
            }
            int end = at + n;
            int k = at;
            while (k < end && bytes[k] >= 0) {
                k++;
            }
            if (k == end) { // all ASCII, as the tables' names are
                String ascii = new String(bytes, at, n, java.nio.charset.StandardCharsets.ISO_8859_1);
                at = end;
                return ascii;
            }
            StringBuilder s = new StringBuilder(n);
            while (at < end) {
                int c = next();
                if (c >= 0xe0 && c < 0xf0 && end - at >= 2) {
                    c = (c & 0x0f) << 12 | (continuation() << 6) | continuation();
                } else if (c >= 0xc0 && c < 0xe0 && at < end) {
                    c = (c & 0x1f) << 6 | continuation();
                } else if (c >= 0x80) {
                    throw new java.io.UTFDataFormatException("malformed string in the compiled opcode table");
                }
                s.append((char) c);
            }
            return s.toString();
        }

        private int continuation() throws IOException {
            int c = next();
            if ((c & 0xc0) != 0x80) {
                throw new java.io.UTFDataFormatException("malformed string in the compiled opcode table");
            }
            return c & 0x3f;
        }
    }

    private static OpcodeTable readTable(Fields d) throws IOException {
        return new Reader(d).table();
    }

    /**
     * One table's read. Enum values are looked up in maps made from their {@code values()}, not with
     * {@code Enum.valueOf}: its first call per enum type finds {@code values()} by reflection, 2 ms of a cold
     * JVM's start for the seven types a table names. A stack formula is parsed once per distinct text ("-1"
     * and "0" are most of a table's).
     */
    private static final class Reader {
        private final Fields d;
        private final Map<String, StackEffect> formulas = new HashMap<>();
        private final Map<String, ArgKind> argKinds = byName(ArgKind.values());
        private final Map<String, JumpUnit> jumpUnits = byName(JumpUnit.values());
        private final Map<String, NeutralOp> ops = byName(NeutralOp.values());

        Reader(Fields d) {
            this.d = d;
        }

        OpcodeTable table() throws IOException {
            String pack = d.readUTF();
            String version = d.readUTF();
            List<Integer> magics = readInts(d);
            int header = d.readInt();
            int marshal = d.readInt();
            List<CodeField> fields = new ArrayList<>();
            Map<String, CodeField> codeFields = byName(CodeField.values());
            for (int i = d.readShort(); i > 0; i--) {
                fields.add(named(codeFields, d.readUTF()));
            }
            LineTableFormat lineTable = named(byName(LineTableFormat.values()), d.readUTF());
            ExceptionModel exceptions = named(byName(ExceptionModel.values()), d.readUTF());
            FreeIndexSpace free = named(byName(FreeIndexSpace.values()), d.readUTF());
            Set<LanguageFeature> features = EnumSet.noneOf(LanguageFeature.class);
            Map<String, LanguageFeature> featureNames = byName(LanguageFeature.values());
            for (int i = d.readShort(); i > 0; i--) {
                features.add(named(featureNames, d.readUTF()));
            }
            int haveArgument = d.readInt();
            int extendedArg = d.readInt();
            List<String> compareOps = readStrings(d);
            List<BinaryOpDef> binaryOps = new ArrayList<>();
            for (int i = d.readShort(); i > 0; i--) {
                binaryOps.add(new BinaryOpDef(d.readUTF(), d.readUTF()));
            }
            List<String> flags = readStrings(d);
            DisFormat dis = new DisFormat(d.readBoolean(), d.readBoolean(), d.readBoolean(), d.readBoolean(), d.readBoolean(),
                    d.readBoolean(), d.readBoolean());
            int n = d.readShort();
            List<OpcodeDef> opcodes = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                opcodes.add(opcode());
            }
            return new OpcodeTable(pack, version, magics, header, marshal, fields, lineTable, exceptions, free, features, haveArgument,
                    extendedArg, compareOps, binaryOps, flags, dis, opcodes);
        }

        private OpcodeDef opcode() throws IOException {
            int code = d.readShort();
            String name = d.readUTF();
            ArgKind arg = named(argKinds, d.readUTF());
            JumpDef jump = d.readBoolean() ? new JumpDef(d.readBoolean(), named(jumpUnits, d.readUTF()), d.readBoolean()) : null;
            int cache = d.readShort();
            NeutralOp op = named(ops, d.readUTF());
            String implied = readOptional(d);
            boolean specialized = d.readBoolean();
            StackEffect stack = formula(readOptional(d));
            StackEffect stackJump = formula(readOptional(d));
            return new OpcodeDef(code, name, arg, jump, cache, op, implied, specialized, stack, stackJump);
        }

        private StackEffect formula(String text) {
            return text == null ? null : formulas.computeIfAbsent(text, StackEffect::parse);
        }
    }

    private static <E extends Enum<E>> Map<String, E> byName(E[] values) {
        Map<String, E> m = new HashMap<>(values.length * 2);
        for (E e : values) {
            m.put(e.name(), e);
        }
        return m;
    }

    /** The value called {@code name}; an unknown one means a table written by another spi. */
    private static <E extends Enum<E>> E named(Map<String, E> values, String name) throws IOException {
        E e = values.get(name);
        if (e == null) {
            throw new IOException("the compiled opcode table names '" + name + "', which this pyvm does not know (rebuild the pack)");
        }
        return e;
    }

    private static List<Integer> readInts(Fields d) throws IOException {
        List<Integer> l = new ArrayList<>();
        for (int i = d.readShort(); i > 0; i--) {
            l.add(d.readInt());
        }
        return l;
    }

    private static List<String> readStrings(Fields d) throws IOException {
        List<String> l = new ArrayList<>();
        for (int i = d.readShort(); i > 0; i--) {
            l.add(d.readUTF());
        }
        return l;
    }

    private static String readOptional(Fields d) throws IOException {
        return d.readBoolean() ? d.readUTF() : null;
    }
}
