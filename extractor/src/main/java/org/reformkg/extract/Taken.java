package org.reformkg.extract;

/**
 * The characters of a sentence that a rule has already claimed, so a later, weaker rule does not read
 * them again (the central 深改委 inside 市委深改委, a HanLP guess inside a zone's name).
 */
final class Taken {
    private final boolean[] taken;

    Taken(int length) {
        taken = new boolean[length + 1];
    }

    void mark(int start, int end) {
        for (int i = Math.max(0, start); i < end && i < taken.length; i++) taken[i] = true;
    }

    boolean overlaps(int start, int end) {
        for (int i = Math.max(0, start); i < end && i < taken.length; i++) if (taken[i]) return true;
        return false;
    }
}
