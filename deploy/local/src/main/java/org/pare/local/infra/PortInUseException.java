package org.pare.local.infra;

/** A port the stack needs is held by another program: the message is the one line the user sees. */
public final class PortInUseException extends RuntimeException {
    public PortInUseException(String what, int port) {
        super("port " + port + " (" + what + ") is already in use: stop the program using it"
                + " (e.g. `ss -ltnp 'sport = :" + port + "'`) or a PARE stack that is still running");
    }
}
