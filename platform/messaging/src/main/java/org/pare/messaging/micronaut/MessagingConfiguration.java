package org.pare.messaging.micronaut;

import io.micronaut.context.annotation.ConfigurationProperties;
import java.time.Duration;
import org.pare.messaging.consumer.IdempotentConsumer;
import org.pare.messaging.outbox.RelaySettings;

/** {@code pare.messaging.*}: where the broker is, who we are, how the relay behaves. */
@ConfigurationProperties("pare.messaging")
public class MessagingConfiguration {
    private String bootstrapServers = "localhost:9092";
    private String source = "pare";
    private boolean relayEnabled = true;
    private boolean consumersEnabled = true;
    private int relayBatchSize = 500;
    private int relayMaxAttempts = 10;
    private Duration relayPollInterval = Duration.ofSeconds(1);
    private int consumerMaxAttempts = 5;
    private Duration consumerBackoff = Duration.ofMillis(200);
    private int consumerBatchSize = IdempotentConsumer.DEFAULT_BATCH_SIZE;

    public RelaySettings relaySettings() {
        return RelaySettings.defaults()
                .withBatchSize(relayBatchSize)
                .withMaxAttempts(relayMaxAttempts)
                .withPollInterval(relayPollInterval);
    }

    public String getBootstrapServers() {
        return bootstrapServers;
    }

    public void setBootstrapServers(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    public String getSource() {
        return source;
    }

    public void setSource(String source) {
        this.source = source;
    }

    public boolean isRelayEnabled() {
        return relayEnabled;
    }

    public void setRelayEnabled(boolean relayEnabled) {
        this.relayEnabled = relayEnabled;
    }

    public boolean isConsumersEnabled() {
        return consumersEnabled;
    }

    public void setConsumersEnabled(boolean consumersEnabled) {
        this.consumersEnabled = consumersEnabled;
    }

    public int getRelayBatchSize() {
        return relayBatchSize;
    }

    public void setRelayBatchSize(int relayBatchSize) {
        this.relayBatchSize = relayBatchSize;
    }

    public int getRelayMaxAttempts() {
        return relayMaxAttempts;
    }

    public void setRelayMaxAttempts(int relayMaxAttempts) {
        this.relayMaxAttempts = relayMaxAttempts;
    }

    public Duration getRelayPollInterval() {
        return relayPollInterval;
    }

    public void setRelayPollInterval(Duration relayPollInterval) {
        this.relayPollInterval = relayPollInterval;
    }

    public int getConsumerMaxAttempts() {
        return consumerMaxAttempts;
    }

    public void setConsumerMaxAttempts(int consumerMaxAttempts) {
        this.consumerMaxAttempts = consumerMaxAttempts;
    }

    public Duration getConsumerBackoff() {
        return consumerBackoff;
    }

    public void setConsumerBackoff(Duration consumerBackoff) {
        this.consumerBackoff = consumerBackoff;
    }

    /** Events a consumer applies per database transaction (1: one transaction per event). */
    public int getConsumerBatchSize() {
        return consumerBatchSize;
    }

    public void setConsumerBatchSize(int consumerBatchSize) {
        this.consumerBatchSize = consumerBatchSize;
    }
}
