package org.pare.local;

import java.nio.file.Path;
import java.util.List;
import org.pare.local.infra.DataDirectory;
import org.pare.local.infra.PortInUseException;
import org.pare.local.infra.Ports;

/** The {@code ./pare} command. Exit status: 0 stopped cleanly, 1 could not start, 2 bad usage. */
public final class Pare {
    static final String USAGE =
            """
            usage: ./pare up [--fresh] [--no-demo]

              up          build what is needed, start PostgreSQL, Kafka, the OIDC provider, the SMTP sink and the
                          four services, load demo data on first start; Ctrl-C stops everything
              --fresh     delete the data directory first (databases, Kafka topics, logs, demo data)
              --no-demo   do not load demo data
            """;

    private Pare() {}

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String[] args) {
        List<String> list = List.of(args);
        if (list.isEmpty()
                || !list.get(0).equals("up")
                || !List.of("--fresh", "--no-demo").containsAll(list.subList(1, list.size()))) {
            boolean help = !list.isEmpty() && List.of("help", "--help", "-h").contains(list.get(0));
            (help ? System.out : System.err).print(USAGE);
            return help ? 0 : 2;
        }
        Path root =
                Path.of(System.getProperty("pare.root", ".")).toAbsolutePath().normalize();
        Path dataDir = Path.of(System.getProperty(
                "pare.data", root.resolve("deploy/local/data").toString()));
        try {
            new LocalStack(root, new DataDirectory(dataDir), Ports.defaults(), System.out)
                    .up(list.contains("--fresh"), !list.contains("--no-demo"));
            return 0;
        } catch (PortInUseException e) {
            System.err.println("pare: " + e.getMessage());
            return 1;
        } catch (Exception e) {
            System.err.println("pare: could not start: " + e.getMessage());
            System.err.println("      logs are in " + dataDir.resolve("logs"));
            return 1;
        }
    }
}
