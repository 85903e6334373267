package org.pare.testing.browser;

import java.lang.reflect.Field;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestInstancePostProcessor;

/**
 * Gives a test class's {@link RealBrowser} field one headless Chromium, started before its first test and closed
 * after its last: {@code @ExtendWith(RealBrowserExtension.class)} and a field {@code RealBrowser browser;}.
 */
public final class RealBrowserExtension implements TestInstancePostProcessor {
    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(RealBrowserExtension.class);

    @Override
    public void postProcessTestInstance(Object testInstance, ExtensionContext context) throws Exception {
        for (Class<?> type = testInstance.getClass(); type != Object.class; type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                if (field.getType() == RealBrowser.class) {
                    field.setAccessible(true);
                    field.set(testInstance, browserOf(classContext(context)));
                }
            }
        }
    }

    private static RealBrowser browserOf(ExtensionContext classContext) {
        return classContext
                .getStore(NAMESPACE)
                .getOrComputeIfAbsent("browser", key -> new Started(RealBrowser.start()), Started.class)
                .browser();
    }

    /** The context of the test class, so the browser lives as long as the class, whatever the instance lifecycle. */
    private static ExtensionContext classContext(ExtensionContext context) {
        ExtensionContext current = context;
        while (current.getTestMethod().isPresent() && current.getParent().isPresent()) {
            current = current.getParent().get();
        }
        return current;
    }

    private record Started(RealBrowser browser) implements ExtensionContext.Store.CloseableResource {
        @Override
        public void close() {
            browser.close();
        }
    }
}
