package org.pare.evaluation.results.domain;

/**
 * One shown figure. Suppressed cells carry neither value nor count, so nothing small can be read from them; a
 * group with no responses shows a count of 0 and no value.
 */
public record Cell(Double value, Integer responses, boolean suppressed) {
    public static final Cell SUPPRESSED = new Cell(null, null, true);

    public static Cell of(Double value, int responses) {
        return new Cell(responses == 0 ? null : value, responses, false);
    }
}
