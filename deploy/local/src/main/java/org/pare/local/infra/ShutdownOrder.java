package org.pare.local.infra;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Map;

/**
 * zonky registers its own shutdown hook that stops PostgreSQL. The JVM runs all hooks at once, so on Ctrl-C
 * the database would go down while the services are still finishing their last transactions. The stack stops
 * PostgreSQL itself, last; this removes zonky's hook when the JVM lets us (the {@code pare} script opens
 * java.lang for it). Without that permission the only cost is a noisier shutdown.
 */
final class ShutdownOrder {
    private ShutdownOrder() {}

    static void takeOverPostgresShutdown() {
        try {
            Class<?> hooks = Class.forName("java.lang.ApplicationShutdownHooks");
            Field field = hooks.getDeclaredField("hooks");
            field.setAccessible(true);
            synchronized (hooks) {
                @SuppressWarnings("unchecked")
                Map<Thread, Thread> registered = (Map<Thread, Thread>) field.get(null);
                for (Thread hook : new ArrayList<>(registered.keySet())) {
                    if (hook.getName().startsWith("postgres-") && hook.getName().endsWith("-closer")) {
                        registered.remove(hook);
                    }
                }
            }
        } catch (ReflectiveOperationException | RuntimeException e) {
            // Not opened (--add-opens java.base/java.lang=ALL-UNNAMED): zonky's hook stays, harmlessly early.
        }
    }
}
