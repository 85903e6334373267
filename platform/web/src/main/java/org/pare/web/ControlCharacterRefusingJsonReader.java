package org.pare.web;

import io.micronaut.core.annotation.Order;
import io.micronaut.core.type.Argument;
import io.micronaut.core.type.Headers;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.body.MessageBodyReader;
import io.micronaut.http.codec.CodecException;
import io.micronaut.json.JsonMapper;
import io.micronaut.json.body.JsonMessageHandler;
import jakarta.inject.Singleton;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import org.zalando.problem.Problem;
import org.zalando.problem.Status;

/**
 * Reads JSON request bodies as Micronaut does, after refusing one over {@link JsonBodyLimit} (413, for a body sent in
 * chunks with no length declared), and, with a 400 problem, a text holding an escaped control
 * character other than tab and line breaks. PostgreSQL cannot store U+0000 in text (the insert would fail with a
 * 500), and the others have no place in what people write here (they reach logs, e-mails and spreadsheets). Raw
 * control characters are already refused by the JSON parser; this catches the escaped ones. It runs where the body
 * is read once for binding: reading it a second time in a filter raced the binder in Micronaut's shared body buffer.
 */
@Singleton
@Order(JsonMessageHandler.ORDER - 1)
@Consumes({MediaType.APPLICATION_JSON})
final class ControlCharacterRefusingJsonReader<T> implements MessageBodyReader<T> {
    static final String PROBLEM = "text may not hold control characters other than tab and line breaks";
    private final JsonMessageHandler<T> json;
    private final JsonBodyLimit limit;

    ControlCharacterRefusingJsonReader(JsonMapper mapper, JsonBodyLimit limit) {
        this.json = new JsonMessageHandler<>(mapper);
        this.limit = limit;
    }

    @Override
    public boolean isReadable(Argument<T> type, MediaType mediaType) {
        return json.isReadable(type, mediaType);
    }

    @Override
    public T read(
            Argument<T> type, MediaType mediaType, Headers headers, io.micronaut.core.io.buffer.ByteBuffer<?> body)
            throws CodecException {
        limit.check(body.readableBytes());
        refuseControlCharacters(body.asNioBuffer());
        return json.read(type, mediaType, headers, body);
    }

    @Override
    public T read(Argument<T> type, MediaType mediaType, Headers headers, InputStream body) throws CodecException {
        byte[] bytes;
        try {
            bytes = body.readNBytes(Math.toIntExact(Math.min(limit.maxBytes() + 1, Integer.MAX_VALUE - 8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        limit.check(bytes.length);
        refuseControlCharacters(ByteBuffer.wrap(bytes));
        return json.read(type, mediaType, headers, new ByteArrayInputStream(bytes));
    }

    private static void refuseControlCharacters(ByteBuffer body) {
        if (EscapedControlCharacters.in(body)) {
            throw Problem.builder()
                    .withStatus(Status.BAD_REQUEST)
                    .withTitle("Control characters in text")
                    .withDetail(PROBLEM)
                    .build();
        }
    }
}
