package org.pare.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;
import org.apache.kafka.common.utils.Exit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One combined broker and controller in this JVM, from the Kafka jars themselves. */
final class EmbeddedKafka extends Kafka {
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedKafka.class);
    private final KafkaClusterTestKit cluster;
    private final Path directory;

    private EmbeddedKafka(KafkaClusterTestKit cluster, Path directory) {
        this.cluster = cluster;
        this.directory = directory;
    }

    static EmbeddedKafka start() {
        // A broker whose log directory vanishes halts the JVM; at exit the test kit's own clean-up hook
        // could delete the directory under a broker still shutting down, failing the test fork. The
        // directory is ours to delete after the broker has stopped, and a halt is only logged.
        Exit.setHaltProcedure((status, message) -> LOG.warn("embedded Kafka asked to halt ({}): {}", status, message));
        try {
            Path directory = Files.createTempDirectory("pare-test-kafka");
            KafkaClusterTestKit cluster = new KafkaClusterTestKit.Builder(new TestKitNodes.Builder()
                            .setBaseDirectory(directory)
                            .setCombined(true)
                            .setNumBrokerNodes(1)
                            .setNumControllerNodes(1)
                            .build())
                    // Without these a one-node cluster never serves a consumer group.
                    .setConfigProp("offsets.topic.replication.factor", "1")
                    .setConfigProp("offsets.topic.num.partitions", "5")
                    .setConfigProp("transaction.state.log.replication.factor", "1")
                    .setConfigProp("transaction.state.log.min.isr", "1")
                    .setConfigProp("group.initial.rebalance.delay.ms", "0")
                    .setConfigProp("auto.create.topics.enable", "true")
                    .setConfigProp("num.partitions", "4")
                    .build();
            cluster.format();
            cluster.startup();
            cluster.waitForReadyBrokers();
            return new EmbeddedKafka(cluster, directory);
        } catch (Exception e) {
            throw new IllegalStateException("embedded Kafka did not start", e);
        }
    }

    @Override
    public String bootstrapServers() {
        return cluster.bootstrapServers();
    }

    @Override
    public String describe() {
        return "in-JVM KRaft broker at " + bootstrapServers();
    }

    @Override
    public void close() throws Exception {
        cluster.close();
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        }
    }
}
