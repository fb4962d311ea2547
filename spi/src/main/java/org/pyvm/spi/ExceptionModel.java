package org.pyvm.spi;

/** How a version finds the handler of an exception. */
public enum ExceptionModel {
    /** SETUP_EXCEPT/SETUP_FINALLY push blocks that unwinding pops (2.7, 3.6). */
    BLOCK_STACK,
    /** A sorted table of ranges in co_exceptiontable (3.11). */
    EXCEPTION_TABLE
}
