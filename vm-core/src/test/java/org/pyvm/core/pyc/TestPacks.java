package org.pyvm.core.pyc;

import static org.pyvm.spi.CodeField.ARGCOUNT;
import static org.pyvm.spi.CodeField.CELLVARS;
import static org.pyvm.spi.CodeField.CODE;
import static org.pyvm.spi.CodeField.CONSTS;
import static org.pyvm.spi.CodeField.EXCEPTIONTABLE;
import static org.pyvm.spi.CodeField.FILENAME;
import static org.pyvm.spi.CodeField.FIRSTLINENO;
import static org.pyvm.spi.CodeField.FLAGS;
import static org.pyvm.spi.CodeField.FREEVARS;
import static org.pyvm.spi.CodeField.KWONLYARGCOUNT;
import static org.pyvm.spi.CodeField.LINETABLE;
import static org.pyvm.spi.CodeField.LNOTAB;
import static org.pyvm.spi.CodeField.LOCALSPLUSKINDS;
import static org.pyvm.spi.CodeField.LOCALSPLUSNAMES;
import static org.pyvm.spi.CodeField.NAME;
import static org.pyvm.spi.CodeField.NAMES;
import static org.pyvm.spi.CodeField.NLOCALS;
import static org.pyvm.spi.CodeField.POSONLYARGCOUNT;
import static org.pyvm.spi.CodeField.QUALNAME;
import static org.pyvm.spi.CodeField.STACKSIZE;
import static org.pyvm.spi.CodeField.VARNAMES;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.pyvm.core.errors.BadInputException;
import org.pyvm.spi.CodeField;
import org.pyvm.spi.DisFormat;
import org.pyvm.spi.ExceptionModel;
import org.pyvm.spi.FreeIndexSpace;
import org.pyvm.spi.InstructionDecoder;
import org.pyvm.spi.LanguageFeature;
import org.pyvm.spi.LineTableFormat;
import org.pyvm.spi.OpcodePack;
import org.pyvm.spi.OpcodeTable;
import org.pyvm.spi.RawInstructions;

/**
 * Stand-ins for the three packs (vm-core may not depend on a pack): only the header, marshal and
 * code-object facts of CPYTHON-FACTS 2.1-2.3, and no opcodes, since loading never decodes.
 */
final class TestPacks {
    private TestPacks() {
    }

    static final OpcodePack PY27 = pack("cpython-2.7", "2.7", 62211, 8, 2,
            List.of(ARGCOUNT, NLOCALS, STACKSIZE, FLAGS, CODE, CONSTS, NAMES, VARNAMES, FREEVARS, CELLVARS,
                    FILENAME, NAME, FIRSTLINENO, LNOTAB),
            EnumSet.of(LanguageFeature.STR_IS_BYTES, LanguageFeature.INT_AND_LONG), LineTableFormat.LNOTAB_UNSIGNED);

    static final OpcodePack PY36 = pack("cpython-3.6", "3.6", 3379, 12, 4,
            List.of(ARGCOUNT, KWONLYARGCOUNT, NLOCALS, STACKSIZE, FLAGS, CODE, CONSTS, NAMES, VARNAMES, FREEVARS,
                    CELLVARS, FILENAME, NAME, FIRSTLINENO, LNOTAB),
            EnumSet.of(LanguageFeature.EXCEPTION_CHAINING), LineTableFormat.LNOTAB_SIGNED);

    static final OpcodePack PY311 = pack("cpython-3.11", "3.11", 3495, 16, 4,
            List.of(ARGCOUNT, POSONLYARGCOUNT, KWONLYARGCOUNT, STACKSIZE, FLAGS, CODE, CONSTS, NAMES,
                    LOCALSPLUSNAMES, LOCALSPLUSKINDS, FILENAME, NAME, QUALNAME, FIRSTLINENO, LINETABLE, EXCEPTIONTABLE),
            EnumSet.of(LanguageFeature.EXCEPTION_CHAINING), LineTableFormat.LOCATION_TABLE);

    static final List<OpcodePack> ALL = List.of(PY27, PY36, PY311);

    /** Like PackRegistry.forMagic over the three test packs. */
    static OpcodePack forMagic(int magic) {
        for (OpcodePack p : ALL) {
            if (p.table().magicNumbers().contains(magic)) {
                return p;
            }
        }
        throw new BadInputException("unknown magic number " + magic + " (test packs)");
    }

    private static OpcodePack pack(String name, String version, int magic, int header, int marshal,
            List<CodeField> fields, Set<LanguageFeature> features, LineTableFormat lines) {
        boolean modern = header == 16;
        OpcodeTable table = new OpcodeTable(name, version, List.of(magic), header, marshal, fields, lines,
                modern ? ExceptionModel.EXCEPTION_TABLE : ExceptionModel.BLOCK_STACK,
                modern ? FreeIndexSpace.LOCALSPLUS : FreeIndexSpace.CELLS_THEN_FREES,
                features, 90, marshal == 2 ? 145 : 144, List.of(), List.of(), List.of(),
                new DisFormat(!name.endsWith("2.7"), modern, modern, modern, false, false, false), List.of());
        InstructionDecoder decoder = new InstructionDecoder() {
            @Override
            public String describe() {
                return "none (test pack)";
            }

            @Override
            public RawInstructions decode(byte[] code, OpcodeTable t) {
                throw new UnsupportedOperationException("test packs do not decode");
            }
        };
        return new OpcodePack() {
            @Override
            public OpcodeTable table() {
                return table;
            }

            @Override
            public InstructionDecoder decoder() {
                return decoder;
            }
        };
    }
}
