package org.pyvm.spi;

/**
 * One entry of 3.11's {@code _nb_ops}: the symbol dis shows and the neutral operator.
 *
 * @param symbol   as dis prints it, e.g. {@code +} or {@code +=}
 * @param operator the neutral operator name, e.g. {@code add} or {@code inplace_add}
 */
public record BinaryOpDef(String symbol, String operator) {
}
