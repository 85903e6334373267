package org.pare.local;

import java.nio.file.Files;
import java.nio.file.Path;

/** The repository root, found from the module directory the tests run in (works in any clean clone). */
public final class RepositoryFiles {
    private RepositoryFiles() {}

    public static Path root() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !(Files.exists(dir.resolve("pom.xml")) && Files.isDirectory(dir.resolve("deploy")))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException(
                    "not inside the PARE repository: " + Path.of("").toAbsolutePath());
        }
        return dir;
    }
}
