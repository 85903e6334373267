package org.pare.messaging.consumer;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;

/**
 * The dead-letter record: the original key, value and headers, plus why and where it failed.
 * {@code <topic>.dlt} holds them until a person replays them after a fix.
 */
public final class DeadLetters {
    public static final String SUFFIX = ".dlt";
    public static final String ERROR = "pare_dlt_error";
    public static final String STACK = "pare_dlt_stacktrace";
    public static final String CONSUMER = "pare_dlt_consumer";
    public static final String ORIGINAL_TOPIC = "pare_dlt_original_topic";
    public static final String ORIGINAL_PARTITION = "pare_dlt_original_partition";
    public static final String ORIGINAL_OFFSET = "pare_dlt_original_offset";
    public static final String ATTEMPTS = "pare_dlt_attempts";
    public static final String FAILED_AT = "pare_dlt_failed_at";
    private static final int MAX_STACK = 4_000;

    private DeadLetters() {}

    public static String topicFor(String topic) {
        return topic + SUFFIX;
    }

    static ProducerRecord<String, byte[]> deadLetter(
            ConsumerRecord<String, byte[]> record, String consumer, Throwable error, int attempts) {
        Headers headers = new RecordHeaders(record.headers().toArray());
        put(headers, ERROR, describe(error));
        put(headers, STACK, stackOf(error));
        put(headers, CONSUMER, consumer);
        put(headers, ORIGINAL_TOPIC, record.topic());
        put(headers, ORIGINAL_PARTITION, Integer.toString(record.partition()));
        put(headers, ORIGINAL_OFFSET, Long.toString(record.offset()));
        put(headers, ATTEMPTS, Integer.toString(attempts));
        put(headers, FAILED_AT, Instant.now().toString());
        return new ProducerRecord<>(topicFor(record.topic()), null, record.key(), record.value(), headers);
    }

    /** The record as it was before it failed: dead-letter headers removed, for replay to its topic. */
    public static ProducerRecord<String, byte[]> forReplay(ConsumerRecord<String, byte[]> deadLetter) {
        Headers headers = new RecordHeaders(deadLetter.headers().toArray());
        for (String name : new String[] {
            ERROR, STACK, CONSUMER, ORIGINAL_TOPIC, ORIGINAL_PARTITION, ORIGINAL_OFFSET, ATTEMPTS, FAILED_AT
        }) {
            headers.remove(name);
        }
        String original =
                new String(deadLetter.headers().lastHeader(ORIGINAL_TOPIC).value(), StandardCharsets.UTF_8);
        return new ProducerRecord<>(original, null, deadLetter.key(), deadLetter.value(), headers);
    }

    /** The error and, when it only wraps another (a failed commit), the root cause a person needs to see. */
    static String describe(Throwable error) {
        String text = error.getClass().getName() + ": " + error.getMessage();
        Throwable root = error;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root == error ? text : text + " (cause: " + root.getClass().getName() + ": " + root.getMessage() + ")";
    }

    private static String stackOf(Throwable error) {
        StringWriter out = new StringWriter();
        error.printStackTrace(new PrintWriter(out));
        String stack = out.toString();
        return stack.length() > MAX_STACK ? stack.substring(0, MAX_STACK) : stack;
    }

    private static void put(Headers headers, String name, String value) {
        headers.remove(name);
        headers.add(name, String.valueOf(value).getBytes(StandardCharsets.UTF_8));
    }
}
