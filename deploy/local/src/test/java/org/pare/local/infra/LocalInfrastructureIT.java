package org.pare.local.infra;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The launcher's infrastructure, started as ./pare up starts it, on free ports and a fresh data directory. */
class LocalInfrastructureIT {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final com.fasterxml.jackson.databind.ObjectMapper JSON =
            new com.fasterxml.jackson.databind.ObjectMapper();

    @TempDir
    static Path temp;

    static Ports ports;
    static Infrastructure infra;

    @BeforeAll
    static void start() throws Exception {
        ports = Ports.free();
        var users = new DemoDirectory(
                List.of(new DemoUser("learner001", "Ada Learner", List.of("LEARNER"), "org-1", "a learner")));
        infra = Infrastructure.start(
                new DataDirectory(temp.resolve("data")),
                ports,
                List.of("learner", "supervisor"),
                users,
                System.getProperty("java.class.path"),
                new Progress(System.out));
    }

    @AfterAll
    static void stop() throws Exception {
        if (infra != null) {
            infra.close();
        }
    }

    @Test
    void each_service_database_exists_and_answers_a_query() throws Exception {
        for (String database : List.of("learner", "supervisor")) {
            try (var connection = infra.postgres().connect(database);
                    var rows = connection.createStatement().executeQuery("SELECT current_database()")) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getString(1)).isEqualTo(database);
            }
        }
    }

    @Test
    void the_oidc_provider_publishes_its_discovery_document_and_gives_demo_users_their_claims() throws Exception {
        var discovery = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(get(infra.oidc().discoveryUrl()).body());
        assertThat(discovery.path("issuer").asText()).isEqualTo("http://localhost:" + ports.oidc() + "/pare");
        assertThat(discovery.path("jwks_uri").asText()).isEqualTo(infra.oidc().jwksUrl());

        var token = HTTP.send(
                HttpRequest.newBuilder(URI.create(infra.oidc().tokenEndpoint()))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("grant_type=password&username=learner001&password=x"
                                + "&client_id=pare-local&client_secret=x"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        String accessToken = JSON.readTree(token.body()).path("access_token").asText();
        String payload =
                new String(java.util.Base64.getUrlDecoder().decode(accessToken.split("\\.")[1]));
        assertThat(payload).contains("\"sub\":\"learner001\"", "\"aud\":\"pare-api\"", "\"roles\":[\"LEARNER\"]");
        assertThat(get(infra.oidc().authorizeUrl() + "?client_id=x&response_type=code&redirect_uri=http://localhost/cb"
                                + "&scope=openid&state=s")
                        .body())
                .contains("Ada Learner", "learner001");
    }

    @Test
    void a_mail_sent_to_the_smtp_sink_can_be_read_on_its_page() throws Exception {
        GreenMailUtil.sendTextEmail(
                "ada@student.example",
                "pare@localhost",
                "Your placement starts on Monday",
                "Hello Ada",
                new ServerSetup(ports.smtp(), "localhost", ServerSetup.PROTOCOL_SMTP));

        assertThat(get(infra.mail().pageUrl()).body())
                .contains("Your placement starts on Monday", "ada@student.example");
        assertThat(get(infra.mail().pageUrl() + "messages/0").body()).contains("Hello Ada");
    }

    @Test
    void kafka_keeps_topics_and_records_across_a_stop_and_start() throws Exception {
        String topic = "pare.local.restart-check";
        try (Admin admin =
                Admin.create(Map.of("bootstrap.servers", infra.kafka().bootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic(topic, 1, (short) 1))).all().get(30, TimeUnit.SECONDS);
            assertThat(admin.listTopics().names().get(30, TimeUnit.SECONDS)).contains(topic);
        }
        try (var producer =
                new KafkaProducer<String, String>(clientProps(), new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(topic, "key", "written before the restart"))
                    .get(30, TimeUnit.SECONDS);
        }

        infra.kafka().stop();
        infra.kafka().start();

        try (Admin admin =
                Admin.create(Map.of("bootstrap.servers", infra.kafka().bootstrapServers()))) {
            assertThat(admin.listTopics().names().get(30, TimeUnit.SECONDS)).contains(topic);
        }
        assertThat(readAll(topic)).containsExactly("written before the restart");
        assertThat(Files.exists(temp.resolve("data").resolve("logs").resolve("kafka.log")))
                .isTrue();
    }

    private static List<String> readAll(String topic) {
        Properties props = clientProps();
        props.put("group.id", "restart-check");
        props.put("auto.offset.reset", "earliest");
        try (var consumer =
                new KafkaConsumer<String, String>(props, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(Set.of(topic));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (System.nanoTime() < deadline) {
                ConsumerRecords<String, String> records = consumer.poll(Duration.ofMillis(500));
                if (!records.isEmpty()) {
                    return java.util.stream.StreamSupport.stream(records.spliterator(), false)
                            .map(r -> r.value())
                            .toList();
                }
            }
            return List.of();
        }
    }

    private static Properties clientProps() {
        Properties props = new Properties();
        props.put("bootstrap.servers", infra.kafka().bootstrapServers());
        return props;
    }

    private static HttpResponse<String> get(String url) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
