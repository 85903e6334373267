package org.pare.evaluation.results.http;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import org.pare.evaluation.results.app.ReadingResults;
import org.pare.evaluation.results.domain.Quarter;
import org.pare.evaluation.shared.domain.Refusal;
import org.pare.evaluation.shared.http.Caller;

/** An education lead's results for their own trust, as JSON or as CSV. */
@Controller("/api/results")
@Secured("EDUCATION_LEAD")
@ExecuteOn(TaskExecutors.BLOCKING)
class ResultsController {
    private final ReadingResults results;

    ResultsController(ReadingResults results) {
        this.results = results;
    }

    @Get("/scores")
    ScoresResponse scores(
            Authentication me, @Nullable @QueryValue String quarter, @Nullable @QueryValue Integer version) {
        return ScoresResponse.of(results.scores(Caller.of(me).trustOfLead(), quarter(quarter), version));
    }

    @Get("/scores.csv")
    HttpResponse<String> scoresCsv(
            Authentication me, @Nullable @QueryValue String quarter, @Nullable @QueryValue Integer version) {
        return csv("scores-" + quarter(quarter), CsvTables.scores(scores(me, quarter, version)));
    }

    @Get("/return-rates")
    ReturnRatesResponse returnRates(
            Authentication me,
            @Nullable @QueryValue String by,
            @Nullable @QueryValue String from,
            @Nullable @QueryValue String to) {
        String grouping = by == null ? "area" : by;
        YearMonth last = month("to", to, YearMonth.now());
        YearMonth first = month("from", from, last.minusMonths(11));
        var rates = results.returnRates(Caller.of(me).trustOfLead(), grouping, first, last);
        return ReturnRatesResponse.of(grouping, first.toString(), last.toString(), rates);
    }

    @Get("/return-rates.csv")
    HttpResponse<String> returnRatesCsv(
            Authentication me,
            @Nullable @QueryValue String by,
            @Nullable @QueryValue String from,
            @Nullable @QueryValue String to) {
        var rates = returnRates(me, by, from, to);
        return csv("return-rates-by-" + rates.by(), CsvTables.returnRates(rates));
    }

    @Get(value = "/return-rates.svg", produces = "image/svg+xml")
    HttpResponse<String> returnRateChart(
            Authentication me, @Nullable @QueryValue String from, @Nullable @QueryValue String to) {
        var rates = returnRates(me, "month", from, to);
        return HttpResponse.ok(ReturnRateChart.svg(rates.rows(), rates.target()))
                .contentType("image/svg+xml");
    }

    static HttpResponse<String> csv(String name, String body) {
        return HttpResponse.ok(body)
                .contentType("text/csv; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"" + name + ".csv\"");
    }

    private static Quarter quarter(String text) {
        return text == null ? Quarter.of(LocalDate.now().minusMonths(1)) : Quarter.parse(text);
    }

    private static YearMonth month(String name, String text, YearMonth otherwise) {
        try {
            return text == null ? otherwise : YearMonth.parse(text);
        } catch (DateTimeParseException e) {
            throw Refusal.invalid(name, "must be a month like 2026-09");
        }
    }
}
