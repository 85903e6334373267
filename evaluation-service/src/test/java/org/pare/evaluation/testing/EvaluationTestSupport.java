package org.pare.evaluation.testing;

import static org.awaitility.Awaitility.await;

import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.TestInstance;
import org.pare.messaging.EventEnvelope;
import org.pare.testing.ServiceTestProperties;

/** The running service with a fresh database of its own; subclasses add {@code @MicronautTest}. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class EvaluationTestSupport implements TestPropertyProvider {
    private Map<String, String> properties;

    @Inject
    protected EmbeddedServer server;

    @Inject
    protected JsonMapper json;

    @Override
    public Map<String, String> getProperties() {
        if (properties == null) {
            properties = ServiceTestProperties.forService("evaluation");
        }
        return properties;
    }

    protected Database db() {
        return Database.of(getProperties());
    }

    protected Api api() {
        return new Api(server.getURI(), json);
    }

    protected Fixtures fixtures() {
        return new Fixtures(new Events(json));
    }

    /** Allocates and completes each placement through Kafka, and waits until each has its invitation. */
    protected List<UUID> invited(List<Fixtures.Placement> placements) {
        List<EventEnvelope> sent = new ArrayList<>();
        placements.forEach(p -> sent.addAll(fixtures().allocated(p)));
        placements.forEach(p -> sent.add(fixtures().completed(p)));
        Events.produce(sent.toArray(EventEnvelope[]::new));
        List<UUID> ids = new ArrayList<>();
        for (var p : placements) {
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> !db().column("SELECT id FROM invitation WHERE placement_id = ?", p.placementId())
                            .isEmpty());
            ids.add((UUID) db().column("SELECT id FROM invitation WHERE placement_id = ?", p.placementId())
                    .get(0));
        }
        return ids;
    }

    protected UUID invited(Fixtures.Placement placement) {
        return invited(List.of(placement)).get(0);
    }

    protected static LocalDate lastMonth() {
        return LocalDate.now().minusMonths(1).withDayOfMonth(10);
    }
}
