package org.pare.testing;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;

/** A real Kafka broker (KRaft) for tests. */
public abstract class Kafka implements AutoCloseable {

    public abstract String bootstrapServers();

    public abstract String describe();

    /** Creates topics that do not exist yet, with {@code partitions} partitions each. */
    public void createTopics(int partitions, String... topics) {
        List<NewTopic> wanted = Arrays.stream(topics)
                .map(t -> new NewTopic(t, partitions, (short) 1))
                .toList();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers()))) {
            for (var result : admin.createTopics(wanted).values().values()) {
                try {
                    result.get();
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw new IllegalStateException("could not create topic", e.getCause());
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
