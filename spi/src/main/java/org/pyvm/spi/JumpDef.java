package org.pyvm.spi;

/**
 * How a jump's argument becomes a target offset.
 *
 * @param relative true when the argument counts from the next instruction, false when it is absolute
 * @param unit     bytes (2.7, 3.6) or two-byte code units (3.11)
 * @param backward true for 3.11's *_BACKWARD jumps, whose relative argument counts backwards
 */
public record JumpDef(boolean relative, JumpUnit unit, boolean backward) {

    /** The target byte offset of a jump at an instruction whose successor starts at {@code next}. */
    public int target(int next, int arg) {
        int distance = arg * unit.bytes();
        if (!relative) {
            return distance;
        }
        return backward ? next - distance : next + distance;
    }
}
