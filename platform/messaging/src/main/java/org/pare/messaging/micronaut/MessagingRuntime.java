package org.pare.messaging.micronaut;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.pare.messaging.MessagingSchema;
import org.pare.messaging.consumer.IdempotentConsumer;
import org.pare.messaging.consumer.KafkaConsumers;
import org.pare.messaging.consumer.Subscription;
import org.pare.messaging.outbox.CommitListener;
import org.pare.messaging.outbox.KafkaEventPublisher;
import org.pare.messaging.outbox.OutboxMonitor;
import org.pare.messaging.outbox.OutboxRelay;
import org.pare.messaging.outbox.WakeSignal;

/**
 * Starts the service's messaging with the application and stops it with it: migrates the platform
 * tables, runs the relay (woken on commit) and one idempotent consumer per {@link Subscription} bean.
 */
@Context
public class MessagingRuntime {
    private final MessagingConfiguration configuration;
    private final MicronautTransactionRunner transactions;
    private final DataSource dataSource;
    private final List<Subscription> subscriptions;
    private final MeterRegistry meters;
    private final String jdbcUrl;
    private final String jdbcUser;
    private final String jdbcPassword;
    private final OutboxMonitor monitor;
    private final List<AutoCloseable> running = new ArrayList<>();
    private final List<IdempotentConsumer> consumers = new ArrayList<>();
    private OutboxRelay relay;

    public MessagingRuntime(
            MessagingConfiguration configuration,
            MicronautTransactionRunner transactions,
            DataSource dataSource,
            List<Subscription> subscriptions,
            @Nullable MeterRegistry meters,
            @Value("${datasources.default.url}") String jdbcUrl,
            @Value("${datasources.default.username:}") String jdbcUser,
            @Value("${datasources.default.password:}") String jdbcPassword) {
        this.configuration = configuration;
        this.transactions = transactions;
        this.dataSource = dataSource;
        this.subscriptions = subscriptions;
        this.meters = meters == null ? new SimpleMeterRegistry() : meters;
        this.jdbcUrl = jdbcUrl;
        this.jdbcUser = jdbcUser;
        this.jdbcPassword = jdbcPassword;
        this.monitor = new OutboxMonitor(transactions);
    }

    @PostConstruct
    void start() {
        MessagingSchema.migrate(
                io.micronaut.data.connection.jdbc.advice.DelegatingDataSource.unwrapDataSource(dataSource));
        monitor.bindTo(meters);
        if (configuration.isRelayEnabled()) {
            startRelay();
        }
        if (configuration.isConsumersEnabled()) {
            subscriptions.forEach(this::startConsumer);
        }
    }

    private void startRelay() {
        WakeSignal signal = new WakeSignal();
        running.add(new CommitListener(this::listenerConnection, signal).start());
        KafkaEventPublisher publisher =
                KafkaEventPublisher.connect(configuration.getBootstrapServers(), configuration.getSource() + "-relay");
        relay = new OutboxRelay(transactions, publisher, configuration.relaySettings(), signal, meters).start();
        running.add(relay);
    }

    private void startConsumer(Subscription subscription) {
        Subscription configured =
                subscription.withRetries(configuration.getConsumerMaxAttempts(), configuration.getConsumerBackoff());
        Producer<String, byte[]> deadLetters = new KafkaProducer<>(KafkaEventPublisher.producerProperties(
                configuration.getBootstrapServers(), subscription.consumer() + "-dlt", Map.of()));
        running.add(deadLetters::close);
        IdempotentConsumer consumer = new IdempotentConsumer(
                        configured,
                        KafkaConsumers.create(configuration.getBootstrapServers(), subscription.consumer(), Map.of()),
                        deadLetters,
                        transactions,
                        meters,
                        configuration.getConsumerBatchSize())
                .start();
        running.add(consumer);
        consumers.add(consumer);
    }

    /** This service's consumers, one per subscription (none when consumers are switched off). */
    public List<IdempotentConsumer> consumers() {
        return List.copyOf(consumers);
    }

    private Connection listenerConnection() {
        try {
            return DriverManager.getConnection(jdbcUrl, jdbcUser, jdbcPassword);
        } catch (SQLException e) {
            throw new IllegalStateException("outbox listener cannot connect: " + e.getMessage(), e);
        }
    }

    /** The state of this service's outbox, for health checks and people. */
    public OutboxMonitor.State outboxState() {
        return monitor.state();
    }

    /** True while the relay last failed to reach the broker. */
    public boolean brokerUnreachable() {
        return relay != null && relay.brokerDown();
    }

    @PreDestroy
    void stop() {
        // Consumers first (they were started last), so no record is left half-handled.
        for (int i = running.size() - 1; i >= 0; i--) {
            try {
                running.get(i).close();
            } catch (Exception e) {
                // keep closing the rest
            }
        }
        running.clear();
    }
}
