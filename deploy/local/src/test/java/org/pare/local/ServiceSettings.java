package org.pare.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The environment variables a service's application.yml reads ({@code ${NAME:default}}), with their defaults. */
record ServiceSettings(String service, Map<String, String> variables) {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)(?::(`[^`]*`|[^}]*))?}");

    static ServiceSettings of(String service) throws IOException {
        Path yml = RepositoryFiles.root().resolve(service).resolve("src/main/resources/application.yml");
        Matcher m = PLACEHOLDER.matcher(Files.readString(yml));
        Map<String, String> variables = new LinkedHashMap<>();
        while (m.find()) {
            String value = m.group(2) == null ? "" : m.group(2).replace("`", "");
            variables.put(m.group(1), value);
        }
        return new ServiceSettings(service, variables);
    }

    /**
     * What a deployment must set: anything whose local default names localhost (meaningless in a container or
     * pod) and the database credentials.
     */
    Set<String> requiredInDeployment() {
        Set<String> required = new TreeSet<>();
        variables.forEach((name, value) -> {
            if (value.contains("localhost") || name.equals("JDBC_USER") || name.equals("JDBC_PASSWORD")) {
                required.add(name);
            }
        });
        return required;
    }
}
