package org.pyvm.spi;

/**
 * A field of a marshalled code object. A pack lists them in its version's marshal order; the core's
 * reader walks that list, so a new layout needs only a new list.
 */
public enum CodeField {
    ARGCOUNT(true),
    POSONLYARGCOUNT(true),
    KWONLYARGCOUNT(true),
    NLOCALS(true),
    STACKSIZE(true),
    FLAGS(true),
    CODE(false),
    CONSTS(false),
    NAMES(false),
    VARNAMES(false),
    FREEVARS(false),
    CELLVARS(false),
    /** 3.11: locals, then cells that are not locals, then free variables. */
    LOCALSPLUSNAMES(false),
    /** 3.11: one kind byte per localsplus name (0x20 local, 0x40 cell, 0x80 free). */
    LOCALSPLUSKINDS(false),
    FILENAME(false),
    NAME(false),
    QUALNAME(false),
    FIRSTLINENO(true),
    /** 2.7-3.9 co_lnotab. */
    LNOTAB(false),
    /** 3.10+ co_linetable. */
    LINETABLE(false),
    EXCEPTIONTABLE(false);

    private final boolean rawInt;

    CodeField(boolean rawInt) {
        this.rawInt = rawInt;
    }

    /** True for fields marshalled as a bare little-endian int32 with no type byte. */
    public boolean isRawInt() {
        return rawInt;
    }
}
