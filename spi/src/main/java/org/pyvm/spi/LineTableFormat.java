package org.pyvm.spi;

/** How a code object maps instruction offsets to source lines. */
public enum LineTableFormat {
    /** 2.7 co_lnotab: (byte increment, unsigned line increment) pairs. */
    LNOTAB_UNSIGNED,
    /** 3.6-3.9 co_lnotab: (byte increment, signed int8 line increment) pairs. */
    LNOTAB_SIGNED,
    /** 3.11 co_linetable: PEP 657 location entries per code unit. */
    LOCATION_TABLE
}
