package org.pare.evaluation.results.http;

import io.micronaut.serde.annotation.SerdeImport;
import org.pare.evaluation.results.domain.Cell;
import org.pare.evaluation.results.domain.ReturnRate;

/** Result cells go out as they are: plain values, and the domain stays free of serialisation annotations. */
@SerdeImport(Cell.class)
@SerdeImport(ReturnRate.class)
final class SerialisedDomain {
    private SerialisedDomain() {}
}
