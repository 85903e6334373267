package org.pare.testing;

import io.micronaut.json.tree.JsonNode;
import io.micronaut.serde.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Reads an events module's golden JSON samples ({@code /samples/<Name>.vN.json} for type {@code
 * pare.<service>.<Name>.vN}): the contract as consumers see it on the wire.
 */
public final class GoldenSamples {
    private static final ObjectMapper JSON = ObjectMapper.getDefault();

    private GoldenSamples() {}

    public static JsonNode sample(String type) {
        return read(bytes(type), JsonNode.class);
    }

    public static <T> T sampleAs(String type, Class<T> target) {
        return read(bytes(type), target);
    }

    public static JsonNode serialised(Object event) {
        try {
            return read(JSON.writeValueAsBytes(event), JsonNode.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] bytes(String type) {
        String name = "/samples/" + type.substring(type.indexOf('.', 5) + 1) + ".json";
        try (InputStream in = GoldenSamples.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("no golden sample " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static <T> T read(byte[] json, Class<T> target) {
        try {
            return JSON.readValue(json, target);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
