package org.pare.evaluation.results.domain;

/** One item's answers on the scale ("not applicable" excluded) and their sum. */
public record ItemSum(int answered, long total) {
    public static final ItemSum NONE = new ItemSum(0, 0);

    public ItemSum plus(ItemSum other) {
        return new ItemSum(answered + other.answered, total + other.total);
    }
}
