package org.pare.evaluation.results.http;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import org.pare.evaluation.results.app.ReadingResults;
import org.pare.evaluation.results.domain.ReturnRate;

/** Return rates of a trust grouped one way, with the whole trust's rate and the target line. */
@Serdeable
public record ReturnRatesResponse(
        String by, String from, String to, double target, ReturnRate total, List<ReturnRate> rows) {
    static ReturnRatesResponse of(String by, String from, String to, ReadingResults.Returns r) {
        return new ReturnRatesResponse(by, from, to, r.target(), r.total(), r.rows());
    }
}
