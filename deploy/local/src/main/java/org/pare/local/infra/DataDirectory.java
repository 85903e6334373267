package org.pare.local.infra;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;

/** Where the local stack keeps everything that survives a restart; {@code --fresh} deletes it first. */
public record DataDirectory(Path root) {

    public Path postgres() {
        return root.resolve("postgres");
    }

    public Path kafka() {
        return root.resolve("kafka");
    }

    public Path logs() {
        return root.resolve("logs");
    }

    public Path log(String component) {
        return logs().resolve(component + ".log");
    }

    public Path loginPage() {
        return root.resolve("oidc").resolve("login.html");
    }

    public Path demoUsers() {
        return root.resolve("demo-users.json");
    }

    public Path demoLoaded() {
        return root.resolve("demo-data-loaded");
    }

    public void create() throws IOException {
        Files.createDirectories(logs());
    }

    public void delete() throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
