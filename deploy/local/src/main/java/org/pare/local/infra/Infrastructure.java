package org.pare.local.infra;

import java.util.List;

/**
 * What the services need, started in order: PostgreSQL (one database per service), a Kafka broker, the OIDC
 * provider and the SMTP sink. Closing stops them in reverse: Kafka before PostgreSQL.
 */
public final class Infrastructure implements AutoCloseable {
    private final LocalPostgres postgres;
    private final LocalKafka kafka;
    private final LocalOidc oidc;
    private final MailSink mail;

    private Infrastructure(LocalPostgres postgres, LocalKafka kafka, LocalOidc oidc, MailSink mail) {
        this.postgres = postgres;
        this.kafka = kafka;
        this.oidc = oidc;
        this.mail = mail;
    }

    public static Infrastructure start(
            DataDirectory data,
            Ports ports,
            List<String> databases,
            DemoDirectory users,
            String kafkaClasspath,
            Progress progress)
            throws Exception {
        data.create();
        LocalPostgres postgres = progress.step("PostgreSQL 17 (" + ports.postgres() + ")", () -> {
            LocalPostgres pg = LocalPostgres.start(data.postgres(), ports.postgres(), data.log("postgres"));
            for (String database : databases) {
                pg.ensureDatabase(database);
            }
            return pg;
        });
        LocalKafka kafka =
                new LocalKafka(data.kafka(), ports.kafka(), ports.kafkaController(), kafkaClasspath, data.log("kafka"));
        try {
            progress.step("Kafka 4.2 KRaft broker (" + ports.kafka() + ")", () -> {
                kafka.start();
                return null;
            });
            LocalOidc oidc = progress.step(
                    "OIDC provider (" + ports.oidc() + ")",
                    () -> LocalOidc.start(ports.oidc(), data.loginPage(), users));
            MailSink mail = progress.step(
                    "SMTP sink (" + ports.smtp() + ", page " + ports.mailPage() + ")",
                    () -> MailSink.start(ports.smtp(), ports.mailPage()));
            return new Infrastructure(postgres, kafka, oidc, mail);
        } catch (RuntimeException e) {
            kafka.close();
            postgres.close();
            throw e;
        }
    }

    public LocalPostgres postgres() {
        return postgres;
    }

    public LocalKafka kafka() {
        return kafka;
    }

    public LocalOidc oidc() {
        return oidc;
    }

    public MailSink mail() {
        return mail;
    }

    @Override
    public void close() throws Exception {
        mail.close();
        oidc.close();
        kafka.close();
        postgres.close();
    }
}
