package org.pare.evaluation.results.http;

import java.util.List;
import java.util.Locale;
import org.pare.evaluation.results.domain.ReturnRate;

/**
 * Return rate per month against the target line, drawn as SVG on the server. The same figures are in the table
 * beside it; the chart is labelled for screen readers and hides nothing the table does not show.
 */
final class ReturnRateChart {
    static final int WIDTH = 640;
    static final int HEIGHT = 260;
    static final int LEFT = 48;
    static final int BOTTOM = 32;
    static final int TOP = 12;

    private ReturnRateChart() {}

    static String svg(List<ReturnRate> months, double target) {
        var svg = new StringBuilder();
        svg.append(
                "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 %d %d\" role=\"img\" aria-labelledby=\"rr-title\">"
                        .formatted(WIDTH, HEIGHT));
        svg.append("<title id=\"rr-title\">Return rate by month against the %d%% target</title>"
                .formatted(Math.round(target * 100)));
        for (int pct = 0; pct <= 100; pct += 20) {
            double y = y(pct / 100.0);
            svg.append(line(LEFT, y, WIDTH - 8, y, "#d8dde0", 1, null));
            svg.append(text(LEFT - 6, y + 4, pct + "%", "end"));
        }
        svg.append(line(LEFT, y(target), WIDTH - 8, y(target), "#d5281b", 2, "6 4"));
        svg.append(text(WIDTH - 10, y(target) - 6, "Target " + Math.round(target * 100) + "%", "end"));
        double step = months.size() > 1 ? (WIDTH - LEFT - 24.0) / (months.size() - 1) : 0;
        var points = new StringBuilder();
        for (int i = 0; i < months.size(); i++) {
            var m = months.get(i);
            double x = LEFT + 8 + i * step;
            svg.append(text(x, HEIGHT - 10, escape(m.label()), "middle"));
            if (m.rate() != null) {
                points.append(fmt(x)).append(',').append(fmt(y(m.rate()))).append(' ');
                svg.append(
                        "<circle cx=\"%s\" cy=\"%s\" r=\"4\" fill=\"#005eb8\"/>".formatted(fmt(x), fmt(y(m.rate()))));
            }
        }
        svg.append("<polyline fill=\"none\" stroke=\"#005eb8\" stroke-width=\"3\" points=\"%s\"/>"
                .formatted(points.toString().trim()));
        return svg.append("</svg>").toString();
    }

    private static double y(double rate) {
        return TOP + (1 - Math.min(1, Math.max(0, rate))) * (HEIGHT - TOP - BOTTOM);
    }

    private static String line(double x1, double y1, double x2, double y2, String colour, int width, String dash) {
        return "<line x1=\"%s\" y1=\"%s\" x2=\"%s\" y2=\"%s\" stroke=\"%s\" stroke-width=\"%d\"%s/>"
                .formatted(
                        fmt(x1),
                        fmt(y1),
                        fmt(x2),
                        fmt(y2),
                        colour,
                        width,
                        dash == null ? "" : " stroke-dasharray=\"" + dash + "\"");
    }

    private static String text(double x, double y, String body, String anchor) {
        return "<text x=\"%s\" y=\"%s\" font-size=\"12\" fill=\"#212b32\" text-anchor=\"%s\">%s</text>"
                .formatted(fmt(x), fmt(y), anchor, body);
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    static String escape(String text) {
        return text == null
                ? ""
                : text.replace("&", "&amp;")
                        .replace("<", "&lt;")
                        .replace(">", "&gt;")
                        .replace("\"", "&quot;");
    }
}
