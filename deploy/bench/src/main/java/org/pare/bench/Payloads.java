package org.pare.bench;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** Event bodies of about 300 bytes of JSON (ids and facts, as real events carry), keyed over a few aggregates. */
final class Payloads {
    private static final String[] STATUSES = {"SUBMITTED", "SIGNED_OFF", "RETURNED", "ESCALATED"};

    private final List<String> aggregates;
    private final String organisationId = UUID.randomUUID().toString();

    Payloads(int aggregateCount) {
        List<String> ids = new ArrayList<>(aggregateCount);
        for (int i = 0; i < aggregateCount; i++) {
            ids.add(UUID.randomUUID().toString());
        }
        this.aggregates = List.copyOf(ids);
    }

    String randomAggregate() {
        return aggregates.get(ThreadLocalRandom.current().nextInt(aggregates.size()));
    }

    byte[] body(String aggregateId, long sequence) {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        String json = "{\"thingId\":\"" + UUID.randomUUID()
                + "\",\"aggregateId\":\"" + aggregateId
                + "\",\"organisationId\":\"" + organisationId
                + "\",\"sequence\":" + sequence
                + ",\"status\":\"" + STATUSES[random.nextInt(STATUSES.length)]
                + "\",\"score\":" + random.nextInt(1, 6)
                + ",\"occurredAt\":\"" + Instant.now()
                + "\",\"schemaVersion\":1}";
        return json.getBytes(StandardCharsets.UTF_8);
    }
}
