package org.pare.evaluation.results.http;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Tables as CSV for spreadsheets. A cell a spreadsheet could take for a formula (starting with =, +, -, @, tab or
 * carriage return) is prefixed with an apostrophe, so an area name can never run as a formula.
 */
public final class Csv {
    private Csv() {}

    public static String write(List<String> header, List<List<Object>> rows) {
        var out = new StringWriter();
        try (var printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
            printer.printRecord(header.stream().map(Csv::safe).toList());
            for (var row : rows) {
                printer.printRecord(row.stream().map(Csv::safe).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    static String safe(Object value) {
        if (value == null) {
            return "";
        }
        String text = String.valueOf(value);
        if (value instanceof Number) {
            return text;
        }
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}
