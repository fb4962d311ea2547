package org.pyvm.spi;

/** What the argument of LOAD_DEREF, LOAD_CLOSURE and their kin indexes. */
public enum FreeIndexSpace {
    /** co_cellvars + co_freevars (2.7, 3.6). */
    CELLS_THEN_FREES,
    /** 3.11's localsplus: the same index space as the fast locals. */
    LOCALSPLUS
}
