package org.pare.notification.email.app;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.context.annotation.Context;
import io.micronaut.transaction.TransactionOperations;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.pare.messaging.BackgroundLoop;
import org.pare.notification.email.domain.Backoff;
import org.pare.notification.email.persistence.OutgoingEmails;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the e-mail intents: claims a batch with a lease, sends each over one SMTP connection, marks the sent ones sent, or schedules a retry with
 * backoff, or, after the last try, marks it failed. A sender that dies mid-batch leaves its claims to expire; the
 * next sender sends them again with the same Message-ID (SMTP cannot do better than that).
 */
@Context
public class SendingEmails {
    private static final Logger LOG = LoggerFactory.getLogger(SendingEmails.class);
    private final OutgoingEmails emails;
    private final Mailer mailer;
    private final EmailSettings settings;
    private final TransactionOperations<Connection> transactions;
    private final Clock clock;
    private final Backoff backoff;
    private final Counter sent;
    private final Counter failed;
    private final List<BackgroundLoop> loops = new ArrayList<>();

    SendingEmails(
            OutgoingEmails emails,
            Mailer mailer,
            EmailSettings settings,
            TransactionOperations<Connection> transactions,
            Clock clock,
            MeterRegistry meters) {
        this.emails = emails;
        this.mailer = mailer;
        this.settings = settings;
        this.transactions = transactions;
        this.clock = clock;
        this.backoff = settings.backoff();
        this.sent = meters.counter("pare.notification.email.sent");
        this.failed = meters.counter("pare.notification.email.failed");
        Gauge.builder("pare.notification.email.failed.waiting", () -> count("FAILED"))
                .description("e-mails that failed for good and wait for a person")
                .register(meters);
        Gauge.builder("pare.notification.email.pending", () -> count("PENDING")).register(meters);
    }

    @PostConstruct
    void start() {
        if (!settings.isEnabled()) {
            return;
        }
        for (int i = 0; i < settings.getSenders(); i++) {
            BackgroundLoop[] self = new BackgroundLoop[1];
            self[0] = new BackgroundLoop("email-sender-" + i, () -> run(self[0]));
            loops.add(self[0]);
            self[0].start();
        }
    }

    private void run(BackgroundLoop loop) {
        while (loop.running()) {
            try {
                if (sendDue() == 0) {
                    Thread.sleep(settings.getPollInterval().toMillis());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                LOG.warn("e-mail sender could not reach the database: {}", e.toString());
                sleepQuietly(Duration.ofSeconds(1));
            }
        }
    }

    /** Claims one batch and sends it. @return how many were claimed */
    public int sendDue() {
        List<OutgoingEmails.Claimed> batch = transactions.executeWrite(
                status -> emails.claim(clock.instant(), settings.getLease(), settings.getBatchSize()));
        List<UUID> done = new ArrayList<>();
        try (MailConnection connection = mailer.connect()) {
            for (OutgoingEmails.Claimed email : batch) {
                try {
                    connection.send(email.id(), email.to(), email.content());
                    done.add(email.id());
                } catch (RuntimeException e) {
                    failedOnce(email, e);
                }
            }
        }
        if (!done.isEmpty()) {
            transactions.executeWrite(status -> emails.sent(done, clock.instant()));
            sent.increment(done.size());
        }
        return batch.size();
    }

    private void failedOnce(OutgoingEmails.Claimed email, RuntimeException e) {
        String error = e.getCause() != null ? e.getCause().toString() : e.toString();
        if (backoff.givesUpAfter(email.attempts())) {
            LOG.warn("e-mail {} failed for good after {} tries: {}", email.id(), email.attempts(), error);
            transactions.executeWrite(status -> {
                emails.failed(email.id(), error);
                return null;
            });
            failed.increment();
        } else {
            Instant next = clock.instant().plus(backoff.after(email.attempts()));
            LOG.info("e-mail {} failed (try {}), next try at {}: {}", email.id(), email.attempts(), next, error);
            transactions.executeWrite(status -> {
                emails.retryAt(email.id(), next, error);
                return null;
            });
        }
    }

    private double count(String state) {
        try {
            return transactions.executeRead(status -> emails.count(state));
        } catch (RuntimeException e) {
            return Double.NaN;
        }
    }

    private static void sleepQuietly(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @PreDestroy
    void stop() {
        loops.forEach(loop -> loop.stop(() -> {}, Duration.ofSeconds(5)));
        loops.clear();
    }
}
