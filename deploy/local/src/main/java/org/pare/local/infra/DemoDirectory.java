package org.pare.local.infra;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The demo users the OIDC provider knows. Some claims are only known once demo data is loaded (a trust's id is
 * chosen by learner-service), so the list can change while the provider runs; it is saved in the data directory
 * for the next start.
 */
public final class DemoDirectory {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private final List<DemoUser> users = new CopyOnWriteArrayList<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    public DemoDirectory(List<DemoUser> initial) {
        users.addAll(initial);
    }

    public List<DemoUser> users() {
        return List.copyOf(users);
    }

    public Optional<DemoUser> find(String login) {
        return users.stream().filter(u -> u.login().equals(login)).findFirst();
    }

    public void replace(DemoUser user) {
        users.replaceAll(u -> u.login().equals(user.login()) ? user : u);
        listeners.forEach(Runnable::run);
    }

    public void onChange(Runnable listener) {
        listeners.add(listener);
    }

    public void save(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        JSON.writeValue(file.toFile(), users());
    }

    public static Optional<DemoDirectory> load(Path file) throws IOException {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        return Optional.of(new DemoDirectory(JSON.readValue(file.toFile(), new TypeReference<List<DemoUser>>() {})));
    }
}
