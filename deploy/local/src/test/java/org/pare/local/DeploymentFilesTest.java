package org.pare.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.pare.local.services.Service;
import org.yaml.snakeyaml.Yaml;

/**
 * No Docker engine or cluster runs in the build, so these check what can be checked without one: every YAML file
 * parses, every Dockerfile copies a jar some module really builds, and compose, Kubernetes, the launcher and
 * docs/configuration.md name exactly the variables the services read.
 */
class DeploymentFilesTest {
    private static final Path ROOT = RepositoryFiles.root();
    private static final Pattern COPY = Pattern.compile("(?m)^COPY\\s+(\\S+)\\s+\\S+");

    @Test
    void every_yaml_file_under_compose_and_k8s_parses() throws IOException {
        List<Path> files = files("yaml", "yml");
        assertThat(files).hasSizeGreaterThanOrEqualTo(5);
        for (Path file : files) {
            try (Reader in = Files.newBufferedReader(file)) {
                new Yaml()
                        .loadAll(in)
                        .forEach(doc -> assertThat(doc).as(file.toString()).isNotNull());
            }
        }
    }

    @Test
    void every_dockerfile_copies_the_all_jar_of_a_module_whose_pom_shades_one() throws IOException {
        Map<String, Object> compose = compose();
        int checked = 0;
        for (var entry : services(compose).entrySet()) {
            Map<String, Object> build = map(map(entry.getValue()).get("build"));
            if (build == null) {
                continue;
            }
            Path dockerfile = ROOT.resolve("deploy/compose")
                    .resolve(String.valueOf(build.get("context")))
                    .resolve(String.valueOf(build.get("dockerfile")))
                    .normalize();
            assertThat(dockerfile).as("Dockerfile of %s", entry.getKey()).exists();
            Matcher copy = COPY.matcher(Files.readString(dockerfile));
            assertThat(copy.find()).as("a COPY in %s", dockerfile).isTrue();
            String source = copy.group(1);
            for (var arg : map(build.get("args")).entrySet()) {
                source = source.replace("${" + arg.getKey() + "}", String.valueOf(arg.getValue()));
            }
            assertThat(source).matches("[a-z-]+/target/[a-z-]+-\\*-all\\.jar");
            String module = source.substring(0, source.indexOf("/target/"));
            String pom = Files.readString(ROOT.resolve(module).resolve("pom.xml"));
            assertThat(pom)
                    .as("%s/pom.xml", module)
                    .contains(
                            "<artifactId>" + module + "</artifactId>",
                            "maven-shade-plugin",
                            "<shadedClassifierName>all</shadedClassifierName>");
            checked++;
        }
        assertThat(checked).isEqualTo(Service.ALL.size());
    }

    @Test
    void compose_sets_exactly_what_each_service_reads_and_everything_it_needs() throws IOException {
        Map<String, Object> services = services(compose());
        for (Service service : Service.ALL) {
            Object env = map(services.get(service.name())).get("environment");
            assertVariables("compose " + service.name(), service.name(), map(env).keySet());
        }
    }

    @Test
    void kubernetes_sets_exactly_what_each_service_reads_and_everything_it_needs() throws IOException {
        for (Service service : Service.ALL) {
            Path file = ROOT.resolve("deploy/k8s").resolve(service.name() + ".yaml");
            Set<String> names = new TreeSet<>();
            boolean probes = false;
            try (Reader in = Files.newBufferedReader(file)) {
                for (Object doc : new Yaml().loadAll(in)) {
                    if ("Deployment".equals(map(doc).get("kind"))) {
                        Map<String, Object> container = containerOf(doc);
                        for (Object env : (List<?>) container.get("env")) {
                            names.add(String.valueOf(map(env).get("name")));
                        }
                        probes = path(container, "readinessProbe").equals("/health/readiness")
                                && path(container, "livenessProbe").equals("/health/liveness")
                                && container.get("resources") != null;
                    }
                }
            }
            assertThat(probes).as("%s: probes and resources", file).isTrue();
            assertVariables("k8s " + service.name(), service.name(), names);
        }
    }

    @Test
    void docs_configuration_describes_every_variable_of_every_service() throws IOException {
        String doc = Files.readString(ROOT.resolve("docs/configuration.md"));
        for (Service service : Service.ALL) {
            ServiceSettings.of(service.name()).variables().keySet().forEach(name -> assertThat(doc)
                    .as("docs/configuration.md names %s", name)
                    .contains("`" + name + "`"));
        }
    }

    private static void assertVariables(String where, String service, Set<String> named) throws IOException {
        ServiceSettings settings = ServiceSettings.of(service);
        assertThat(settings.variables().keySet())
                .as("%s: variables the service reads", where)
                .containsAll(named);
        assertThat(named).as("%s: variables a deployment must set", where).containsAll(settings.requiredInDeployment());
    }

    private static String path(Map<String, Object> container, String probe) {
        return String.valueOf(map(map(container.get(probe)).get("httpGet")).get("path"));
    }

    private static Map<String, Object> containerOf(Object deployment) {
        Map<String, Object> podSpec =
                map(map(map(map(deployment).get("spec")).get("template")).get("spec"));
        return map(((List<?>) podSpec.get("containers")).get(0));
    }

    private static Map<String, Object> compose() throws IOException {
        try (Reader in = Files.newBufferedReader(ROOT.resolve("deploy/compose/compose.yaml"))) {
            return new Yaml().load(in);
        }
    }

    private static Map<String, Object> services(Map<String, Object> compose) {
        return map(compose.get("services"));
    }

    private static List<Path> files(String... extensions) throws IOException {
        List<Path> found = new ArrayList<>();
        for (String dir : List.of("deploy/compose", "deploy/k8s")) {
            try (Stream<Path> walk = Files.walk(ROOT.resolve(dir))) {
                walk.filter(p ->
                                Stream.of(extensions).anyMatch(e -> p.toString().endsWith("." + e)))
                        .forEach(found::add);
            }
        }
        return found;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object yaml) {
        if (yaml instanceof List<?> list) { // compose's list form: ["NAME=value", ...]
            Map<String, Object> env = new LinkedHashMap<>();
            list.forEach(item -> env.put(String.valueOf(item).split("=", 2)[0], item));
            return env;
        }
        return (Map<String, Object>) yaml;
    }
}
