package org.pare.notification.email.app;

import io.micronaut.context.annotation.ConfigurationProperties;
import java.time.Duration;
import org.pare.notification.email.domain.Backoff;

/** {@code pare.notification.email.*}: how e-mail intents are sent. */
@ConfigurationProperties("pare.notification.email")
public class EmailSettings {
    private boolean enabled = true;
    private int senders = 4;
    private int batchSize = 25;
    private Duration lease = Duration.ofMinutes(2);
    private Duration pollInterval = Duration.ofMillis(250);
    private Duration firstBackoff = Duration.ofSeconds(30);
    private Duration maxBackoff = Duration.ofHours(1);
    private int maxAttempts = 6;
    private String messageIdDomain = "pare.notification";

    public Backoff backoff() {
        return new Backoff(firstBackoff, maxBackoff, maxAttempts);
    }

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public int getSenders() {
        return senders;
    }

    public void setSenders(int senders) {
        this.senders = senders;
    }

    public int getBatchSize() {
        return batchSize;
    }

    public void setBatchSize(int batchSize) {
        this.batchSize = batchSize;
    }

    public Duration getLease() {
        return lease;
    }

    public void setLease(Duration lease) {
        this.lease = lease;
    }

    public Duration getPollInterval() {
        return pollInterval;
    }

    public void setPollInterval(Duration pollInterval) {
        this.pollInterval = pollInterval;
    }

    public Duration getFirstBackoff() {
        return firstBackoff;
    }

    public void setFirstBackoff(Duration firstBackoff) {
        this.firstBackoff = firstBackoff;
    }

    public Duration getMaxBackoff() {
        return maxBackoff;
    }

    public void setMaxBackoff(Duration maxBackoff) {
        this.maxBackoff = maxBackoff;
    }

    public int getMaxAttempts() {
        return maxAttempts;
    }

    public void setMaxAttempts(int maxAttempts) {
        this.maxAttempts = maxAttempts;
    }

    public String getMessageIdDomain() {
        return messageIdDomain;
    }

    public void setMessageIdDomain(String messageIdDomain) {
        this.messageIdDomain = messageIdDomain;
    }
}
