package org.pare.learner.allocation.domain;

import java.util.Map;

/** One record of an upload as read, before validation: its first line in the file and its cells by column. */
public record RawRow(int line, Map<String, String> cells) {
    public RawRow {
        cells = Map.copyOf(cells);
    }

    String cell(String column) {
        String value = cells.get(column);
        return value == null ? "" : value.strip();
    }
}
