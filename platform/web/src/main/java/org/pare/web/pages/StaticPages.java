package org.pare.web.pages;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Reads a page skeleton from {@code /pages/} on the classpath; services serve them with no personal data in. */
public final class StaticPages {
    private StaticPages() {}

    public static String read(String name) {
        return resource("/pages/" + name);
    }

    /** Any text resource on the classpath, by absolute path (e.g. a service worker served at the root). */
    public static String resource(String path) {
        try (InputStream in = StaticPages.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
