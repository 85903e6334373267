package org.pare.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * docs/asyncapi.yaml documents every event: each record in an events module with a {@code public static final
 * String TYPE} must be a message there (name = TYPE), with a payload schema naming exactly the record's fields.
 */
class AsyncApiDocumentTest {
    private static final Map<String, Object> DOC = load();

    @Test
    void every_event_type_on_the_classpath_is_a_documented_message() throws Exception {
        List<Class<?>> events = eventRecords();
        assertThat(events)
                .as("event records found on the classpath; build with -am so the reactor's *-events modules are"
                        + " used, not stale copies from ~/.m2")
                .hasSizeGreaterThanOrEqualTo(20);

        Map<String, Object> messages = map(map(DOC.get("components")).get("messages"));
        var documentedTypes =
                messages.values().stream().map(m -> map(m).get("name")).toList();
        for (Class<?> event : events) {
            assertThat(documentedTypes)
                    .as("docs/asyncapi.yaml documents %s", event.getName())
                    .contains(typeOf(event));
        }
    }

    @Test
    void each_payload_schema_names_exactly_the_fields_of_its_record() throws Exception {
        Map<String, Object> schemas = map(map(DOC.get("components")).get("schemas"));
        for (Class<?> event : eventRecords()) {
            Map<String, Object> schema = map(schemas.get(event.getSimpleName()));
            assertThat(schema).as("schema for %s", event.getSimpleName()).isNotNull();
            var fields = Arrays.stream(event.getRecordComponents())
                    .map(RecordComponent::getName)
                    .toList();
            assertThat(map(schema.get("properties")).keySet())
                    .as("fields of %s", event.getSimpleName())
                    .containsExactlyInAnyOrderElementsOf(fields);
        }
    }

    @Test
    void every_channel_is_a_topic_named_pare_service_aggregate() {
        Map<String, Object> channels = map(DOC.get("channels"));
        assertThat(channels).isNotEmpty();
        channels.values().forEach(c -> assertThat(String.valueOf(map(c).get("address")))
                .matches("pare\\.(learner|supervisor|evaluation|notification)\\.[a-z-]+"));
    }

    static String typeOf(Class<?> event) throws ReflectiveOperationException {
        return (String) event.getField("TYPE").get(null);
    }

    /** Every record with a public static final String TYPE in the *-events modules on the test classpath. */
    static List<Class<?>> eventRecords() throws IOException, ClassNotFoundException {
        List<Class<?>> events = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            if (entry.contains("-events")) {
                for (String className : classNames(Path.of(entry))) {
                    Class<?> type = Class.forName(className, false, AsyncApiDocumentTest.class.getClassLoader());
                    if (type.isRecord() && hasTypeConstant(type)) {
                        events.add(type);
                    }
                }
            }
        }
        return events;
    }

    private static boolean hasTypeConstant(Class<?> type) {
        try {
            Field field = type.getField("TYPE");
            int m = field.getModifiers();
            return Modifier.isStatic(m) && Modifier.isFinal(m) && field.getType() == String.class;
        } catch (NoSuchFieldException e) {
            return false;
        }
    }

    private static List<String> classNames(Path entry) throws IOException {
        if (Files.isDirectory(entry)) {
            try (Stream<Path> files = Files.walk(entry)) {
                return files.map(p -> entry.relativize(p).toString())
                        .filter(AsyncApiDocumentTest::isTopLevelClass)
                        .map(AsyncApiDocumentTest::toClassName)
                        .toList();
            }
        }
        try (JarFile jar = new JarFile(entry.toFile())) {
            return jar.stream()
                    .map(e -> e.getName())
                    .filter(AsyncApiDocumentTest::isTopLevelClass)
                    .map(AsyncApiDocumentTest::toClassName)
                    .collect(Collectors.toList());
        }
    }

    private static boolean isTopLevelClass(String path) {
        return path.endsWith(".class")
                && !path.contains("$")
                && !path.endsWith("package-info.class")
                && !path.startsWith("META-INF");
    }

    private static String toClassName(String path) {
        return path.substring(0, path.length() - ".class".length())
                .replace('/', '.')
                .replace('\\', '.');
    }

    private static Map<String, Object> load() {
        try (InputStream in = Files.newInputStream(RepositoryFiles.root().resolve("docs/asyncapi.yaml"))) {
            return new Yaml().load(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object yaml) {
        return (Map<String, Object>) yaml;
    }
}
