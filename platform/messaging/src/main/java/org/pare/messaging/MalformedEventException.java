package org.pare.messaging;

/** A record that cannot be read as an event at all; it goes to the dead-letter topic untried. */
public class MalformedEventException extends RuntimeException {
    public MalformedEventException(String message, Throwable cause) {
        super(message, cause);
    }
}
