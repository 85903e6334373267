package org.pare.messaging.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.pare.messaging.CloudEventHeaders;
import org.pare.messaging.EventEnvelope;
import org.pare.messaging.consumer.DeadLetterReplay;
import org.pare.messaging.consumer.DeadLetters;

/**
 * What every consumer of every service must do with a poison event, run against the service itself (its
 * Micronaut context, its database, the real broker): the record it cannot handle goes to {@code <topic>.dlt}
 * with the error and the consumer's name, the partition moves on to the next event, and after a fix the
 * replay from the runbook ({@link DeadLetterReplay}) has the event handled, once. A service's IT extends this
 * and lists its consumers; {@code processed_event} tells what was handled, as it commits with the effect.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class DeadLetterContract {
    private static final Duration WAIT = Duration.ofSeconds(60);

    /** Every consumer of the service, each with a type it reads and a body it handles. */
    protected abstract List<ConsumedEvent> consumedEvents();

    /**
     * The properties the running service was started with ({@code datasources.default.*} and {@code
     * pare.messaging.bootstrap-servers}); a service IT's {@code TestPropertyProvider} gives them.
     */
    public abstract Map<String, String> getProperties();

    @ParameterizedTest(name = "{0}")
    @MethodSource("consumedEvents")
    void a_record_the_consumer_cannot_read_goes_to_its_dead_letter_topic_and_the_next_event_is_handled(
            ConsumedEvent consumed) {
        // given a poison record and a good event after it, on the same key and so the same partition
        String key = UUID.randomUUID().toString();
        EventEnvelope poison = event(consumed, key, ("{\"poison\": \"" + key).getBytes(StandardCharsets.UTF_8));
        EventEnvelope good = event(consumed, key, consumed.goodBody().get());

        // when
        RecordMetadata poisonAt = wire().publish(poison);
        RecordMetadata goodAt = wire().publish(good);

        // then
        ConsumerRecord<String, byte[]> dead = wire().awaitDeadLetter(consumed.topic(), poison.id(), WAIT);
        assertThat(header(dead, DeadLetters.CONSUMER)).isEqualTo(consumed.consumer());
        assertThat(header(dead, DeadLetters.ERROR)).isNotBlank();
        assertThat(header(dead, DeadLetters.ORIGINAL_OFFSET)).isEqualTo(Long.toString(poisonAt.offset()));
        assertThat(goodAt.partition()).isEqualTo(poisonAt.partition());
        database().awaitProcessed(consumed.consumer(), good.id(), WAIT);
        assertThat(database().processed(consumed.consumer(), poison.id())).isZero();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("consumedEvents")
    void an_event_that_failed_until_a_fix_is_handled_once_when_its_dead_letter_is_replayed(ConsumedEvent consumed) {
        // given a consumer that fails on this event at commit, after its handler ran (a bug, for now)
        EventEnvelope event = event(
                consumed, UUID.randomUUID().toString(), consumed.goodBody().get());
        String bug = database().refuseAtCommit(consumed.consumer(), event.id());
        wire().publish(event);
        ConsumerRecord<String, byte[]> dead = wire().awaitDeadLetter(consumed.topic(), event.id(), WAIT);
        assertThat(header(dead, DeadLetters.ERROR)).contains("refuses event " + event.id());
        assertThat(database().processed(consumed.consumer(), event.id())).isZero();

        // when the fix is deployed and the dead letters replayed
        database().fix(bug);
        int replayed = DeadLetterReplay.replay(bootstrapServers(), consumed.topic());

        // then
        assertThat(replayed).isPositive();
        database().awaitProcessed(consumed.consumer(), event.id(), WAIT);
        assertThat(database().processed(consumed.consumer(), event.id())).isEqualTo(1);
    }

    private static EventEnvelope event(ConsumedEvent consumed, String key, byte[] body) {
        return EventEnvelope.of("dead-letter-contract", consumed.type(), consumed.topic(), key, body, null);
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        return CloudEventHeaders.text(record.headers(), name);
    }

    private String bootstrapServers() {
        return getProperties().get("pare.messaging.bootstrap-servers");
    }

    private Wire wire() {
        return new Wire(bootstrapServers());
    }

    private ServiceDatabase database() {
        Map<String, String> p = getProperties();
        return new ServiceDatabase(
                p.get("datasources.default.url"),
                p.get("datasources.default.username"),
                p.get("datasources.default.password"));
    }
}
