package org.pare.learner.allocation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.pare.learner.allocation.domain.AllocationColumns;

/** Test fixtures: allocation rows with good defaults, as cells or as CSV text. */
public final class AllocationRows {
    private AllocationRows() {}

    /** A valid row for learner {@code login}, supervised by people whose logins are prefixed {@code tag}. */
    public static Map<String, String> aRow(String tag, String login) {
        Map<String, String> row = new LinkedHashMap<>();
        row.put(AllocationColumns.LEARNER_LOGIN, login);
        row.put(AllocationColumns.LEARNER_NAME, "Learner " + login);
        row.put(AllocationColumns.LEARNER_EMAIL, login + "@uni.example");
        row.put(AllocationColumns.PROFESSION, "ADULT_NURSING");
        row.put(AllocationColumns.TRUST, "Northfield NHS Trust " + tag);
        row.put(AllocationColumns.SITE, "Northfield General");
        row.put(AllocationColumns.PLACEMENT_AREA, "Ward 7");
        row.put(AllocationColumns.START_DATE, "2026-01-05");
        row.put(AllocationColumns.END_DATE, "2026-03-27");
        row.put(
                AllocationColumns.PRACTICE_SUPERVISORS,
                tag + "ps1|Sam Supervisor|" + tag + "ps1@trust.example;" + tag + "ps2|Kim Supervisor|" + tag
                        + "ps2@trust.example");
        row.put(AllocationColumns.PA_LOGIN, tag + "pa");
        row.put(AllocationColumns.PA_NAME, "Pat Assessor");
        row.put(AllocationColumns.PA_EMAIL, tag + "pa@trust.example");
        row.put(AllocationColumns.AA_LOGIN, tag + "aa");
        row.put(AllocationColumns.AA_NAME, "Alex Academic");
        row.put(AllocationColumns.AA_EMAIL, tag + "aa@uni.example");
        return row;
    }

    public static Map<String, String> with(Map<String, String> row, String column, String value) {
        Map<String, String> changed = new LinkedHashMap<>(row);
        changed.put(column, value);
        return changed;
    }

    /** CSV text: the header, then each row, every cell quoted. */
    public static String csv(List<Map<String, String>> rows) {
        List<String> lines = new ArrayList<>();
        lines.add(String.join(",", AllocationColumns.ALL));
        for (Map<String, String> row : rows) {
            lines.add(String.join(
                    ",",
                    AllocationColumns.ALL.stream()
                            .map(c -> "\"" + row.getOrDefault(c, "").replace("\"", "\"\"") + "\"")
                            .toList()));
        }
        return String.join("\r\n", lines) + "\r\n";
    }
}
