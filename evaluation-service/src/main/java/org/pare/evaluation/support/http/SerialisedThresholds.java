package org.pare.evaluation.support.http;

import io.micronaut.serde.annotation.SerdeImport;
import org.pare.evaluation.support.domain.Thresholds;

/** Thresholds go out as they are, and the domain stays free of serialisation annotations. */
@SerdeImport(Thresholds.class)
final class SerialisedThresholds {
    private SerialisedThresholds() {}
}
