package org.pare.testing;

import java.util.HashMap;
import java.util.Map;

/**
 * The properties a PARE service needs to run in a test against the real engines: a fresh database of
 * its own, the shared Kafka broker and the test OpenID Connect provider. Return them from a Micronaut
 * {@code TestPropertyProvider}.
 */
public final class ServiceTestProperties {
    private ServiceTestProperties() {}

    public static Map<String, String> forService(String service) {
        TestInfrastructure infrastructure = TestInfrastructure.get();
        TestDatabase database = infrastructure.postgres().freshDatabase(service);
        Map<String, String> properties = new HashMap<>();
        properties.put("datasources.default.url", database.jdbcUrl());
        properties.put("datasources.default.username", database.username());
        properties.put("datasources.default.password", database.password());
        properties.put(
                "pare.messaging.bootstrap-servers", infrastructure.kafka().bootstrapServers());
        properties.putAll(OidcProvider.get().micronautProperties());
        return properties;
    }
}
