package org.pyvm.spi;

/** What an instruction's argument means; it decides how the core resolves it and how dis shows it. */
public enum ArgKind {
    /** The opcode takes no argument. */
    NONE,
    /** A plain number (a count, a flag set, a RESUME kind...). */
    INT,
    /** Index into co_consts. */
    CONST,
    /**
     * 3.11 KW_NAMES: index into co_consts of the tuple of keyword names for the next CALL. Kept apart
     * from {@link #CONST} because 3.11's dis prints a constant's repr for LOAD_CONST only.
     */
    KW_NAMES,
    /** Index into co_names. */
    NAME,
    /** 3.11 LOAD_GLOBAL: co_names[arg >> 1]; bit 0 set means push NULL first. */
    GLOBAL_NAME,
    /** Index into the local variables (co_varnames, or 3.11's localsplus). */
    LOCAL,
    /** Index into the cell and free variables; see {@link FreeIndexSpace}. */
    FREE,
    /** Index into {@link OpcodeTable#compareOps()}. */
    COMPARE,
    /** A jump; see {@link JumpDef}. */
    JUMP,
    /** 3.11 BINARY_OP: index into {@link OpcodeTable#binaryOps()}. */
    BINARY_OP,
    /** FORMAT_VALUE: conversion in bits 0-1, "with format spec" in bit 2. */
    FORMAT_VALUE,
    /** MAKE_FUNCTION's flag bits (named in {@link OpcodeTable#makeFunctionFlags()}, shown by 3.11's dis). */
    MAKE_FUNCTION_FLAGS
}
