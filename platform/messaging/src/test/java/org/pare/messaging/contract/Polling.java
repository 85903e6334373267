package org.pare.messaging.contract;

/** The contract waits by polling; services' test classpaths need nothing more for it. */
final class Polling {
    private Polling() {}

    static void pause() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
