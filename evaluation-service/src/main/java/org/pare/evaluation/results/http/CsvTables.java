package org.pare.evaluation.results.http;

import java.util.ArrayList;
import java.util.List;
import org.pare.evaluation.results.domain.Cell;
import org.pare.evaluation.results.domain.ReturnRate;

/** The dashboard's tables as CSV rows: the same cells, suppressed ones written as "suppressed". */
final class CsvTables {
    static final String SUPPRESSED = "suppressed (fewer than 5)";

    private CsvTables() {}

    static String scores(ScoresResponse s) {
        List<String> header = new ArrayList<>(List.of("area", "site", "responses"));
        s.themes().forEach(t -> header.add(t.title()));
        List<List<Object>> rows = new ArrayList<>();
        List<ScoresResponse.Row> all = new ArrayList<>(s.areas());
        all.add(s.trust());
        all.add(s.allAreas());
        for (var row : all) {
            List<Object> cells = new ArrayList<>(List.of(row.name(), row.siteName() == null ? "" : row.siteName()));
            cells.add(count(row.responses()));
            s.themes().forEach(t -> cells.add(value(row.themes().get(t.key()))));
            rows.add(cells);
        }
        return Csv.write(header, rows);
    }

    static String returnRates(ReturnRatesResponse r) {
        List<List<Object>> rows = new ArrayList<>();
        List<ReturnRate> all = new ArrayList<>(r.rows());
        all.add(r.total());
        for (var rate : all) {
            rows.add(
                    rate.suppressed()
                            ? List.of(
                                    rate.label(),
                                    nullable(rate.parent()),
                                    SUPPRESSED,
                                    SUPPRESSED,
                                    SUPPRESSED,
                                    r.target())
                            : List.of(
                                    rate.label(),
                                    nullable(rate.parent()),
                                    rate.invited(),
                                    rate.returned(),
                                    rate.rate() == null ? "" : rate.rate(),
                                    r.target()));
        }
        return Csv.write(List.of(r.by(), "within", "invited", "returned", "return rate", "target"), rows);
    }

    private static Object nullable(String text) {
        return text == null ? "" : text;
    }

    private static Object count(Cell cell) {
        return cell.suppressed() ? SUPPRESSED : cell.responses();
    }

    private static Object value(Cell cell) {
        if (cell == null || cell.suppressed()) {
            return SUPPRESSED;
        }
        return cell.value() == null ? "" : cell.value();
    }
}
