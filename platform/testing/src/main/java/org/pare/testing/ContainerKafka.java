package org.pare.testing;

import org.testcontainers.kafka.KafkaContainer;

/** Apache Kafka (KRaft) in a container, used when a Docker engine answers. */
final class ContainerKafka extends Kafka {
    private final KafkaContainer container;

    private ContainerKafka(KafkaContainer container) {
        this.container = container;
    }

    static ContainerKafka start() {
        KafkaContainer container = new KafkaContainer("apache/kafka:4.1.0")
                .withEnv("KAFKA_AUTO_CREATE_TOPICS_ENABLE", "true")
                .withEnv("KAFKA_NUM_PARTITIONS", "4");
        container.start();
        return new ContainerKafka(container);
    }

    @Override
    public String bootstrapServers() {
        return container.getBootstrapServers();
    }

    @Override
    public String describe() {
        return "Kafka container " + container.getDockerImageName();
    }

    @Override
    public void close() {
        container.stop();
    }
}
