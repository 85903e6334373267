package org.pare.learner.allocation.app;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.pare.learner.allocation.domain.AllocationFile;
import org.pare.learner.allocation.domain.RawRow;

/** Reads an allocation upload (RFC 4180 CSV with a header line) and validates it as a whole. */
public final class AllocationCsv {
    private static final CSVFormat FORMAT = CSVFormat.RFC4180
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true)
            .setTrim(true)
            .get();

    private AllocationCsv() {}

    public static AllocationFile read(String text) {
        String content = text.startsWith("\uFEFF") ? text.substring(1) : text; // Excel's byte-order mark
        try (CSVParser parser = CSVParser.parse(new StringReader(content), FORMAT)) {
            List<String> header =
                    parser.getHeaderNames().stream().map(String::strip).toList();
            return AllocationFile.validate(header, rows(parser));
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            throw new MalformedCsvException("the file is not readable CSV: " + e.getMessage(), e);
        }
    }

    private static List<RawRow> rows(CSVParser parser) {
        List<RawRow> rows = new ArrayList<>();
        Iterator<CSVRecord> records = parser.iterator();
        while (true) {
            // The parser has consumed every line before the next record: that record starts on the line after.
            int line = (int) parser.getCurrentLineNumber() + 1;
            if (!records.hasNext()) {
                return rows;
            }
            CSVRecord record = records.next();
            Map<String, String> cells = record.toMap();
            if (cells.values().stream().allMatch(String::isBlank)) {
                continue;
            }
            rows.add(new RawRow(line, cells));
        }
    }
}
