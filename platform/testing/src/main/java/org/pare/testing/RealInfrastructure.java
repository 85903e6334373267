package org.pare.testing;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * JUnit 5 extension: {@code @ExtendWith(RealInfrastructure.class)} lets a test or lifecycle method take
 * {@link Postgres}, {@link Kafka}, {@link OidcProvider} or {@link TestInfrastructure} parameters.
 */
public final class RealInfrastructure implements ParameterResolver {

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == Postgres.class
                || type == Kafka.class
                || type == TestInfrastructure.class
                || type == OidcProvider.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        if (type == Postgres.class) {
            return TestInfrastructure.get().postgres();
        }
        if (type == Kafka.class) {
            return TestInfrastructure.get().kafka();
        }
        if (type == OidcProvider.class) {
            return OidcProvider.get();
        }
        return TestInfrastructure.get();
    }
}
