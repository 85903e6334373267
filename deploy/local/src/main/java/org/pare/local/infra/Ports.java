package org.pare.local.infra;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The local stack's ports. The defaults are the services' own local defaults (application.yml), so a service
 * started from an IDE finds the stack's PostgreSQL, Kafka and OIDC provider with no settings.
 */
public record Ports(int postgres, int kafka, int kafkaController, int oidc, int smtp, int mailPage) {

    public static Ports defaults() {
        return new Ports(5432, 9092, 9093, 8090, 3025, 8025);
    }

    /** Free ports picked by the system, for tests that must not collide with anything. */
    public static Ports free() {
        return new Ports(freePort(), freePort(), freePort(), freePort(), freePort(), freePort());
    }

    public Map<String, Integer> named() {
        Map<String, Integer> named = new LinkedHashMap<>();
        named.put("PostgreSQL", postgres);
        named.put("Kafka", kafka);
        named.put("Kafka controller", kafkaController);
        named.put("OIDC provider", oidc);
        named.put("SMTP sink", smtp);
        named.put("mail page", mailPage);
        return named;
    }

    /** Fails with one clear line naming the first port that something else holds. */
    public static void requireFree(String what, int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getByName("localhost"), port));
        } catch (IOException e) {
            throw new PortInUseException(what, port);
        }
    }

    public void requireAllFree() {
        named().forEach(Ports::requireFree);
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("no free port", e);
        }
    }
}
