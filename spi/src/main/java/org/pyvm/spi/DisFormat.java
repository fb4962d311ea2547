package org.pyvm.spi;

/**
 * How this version's {@code dis.dis(code)} lays out its rows; the core has one disassembler and
 * these switches.
 *
 * @param rstripRows           3.x strips trailing spaces from each row; 2.7's print statement keeps them
 * @param recurse              3.7+ disassembles nested code objects after the outer one
 * @param exceptionTable       3.11 prints an {@code ExceptionTable:} section
 * @param wideColumns          3.11 widens the line column past line 999 and the offset column past 9999
 * @param longExtendedArg      2.7 computes EXTENDED_ARG prefixes as a long, so the argument after one prints with {@code L}
 * @param absoluteJumpsShowTo  absolute jump arguments print {@code (to N)} (never true for 2.7/3.6, which print the bare number)
 * @param emptyArgreprParens   2.7 prints the parenthesised field even when it is empty ({@code IMPORT_NAME 1 ()});
 *                             3.x leaves an empty argrepr out
 */
public record DisFormat(
        boolean rstripRows,
        boolean recurse,
        boolean exceptionTable,
        boolean wideColumns,
        boolean longExtendedArg,
        boolean absoluteJumpsShowTo,
        boolean emptyArgreprParens) {
}
