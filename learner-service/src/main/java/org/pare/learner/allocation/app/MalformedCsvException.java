package org.pare.learner.allocation.app;

/** The upload is not CSV that can be read at all (unbalanced quotes, no header); no row was looked at. */
public class MalformedCsvException extends RuntimeException {
    public MalformedCsvException(String message, Throwable cause) {
        super(message, cause);
    }
}
