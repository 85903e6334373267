package org.pare.supervisor.feedback.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A code a learner shows on their phone so that a supervisor, on their own phone, lands on the feedback form
 * for that learner. Six characters from an alphabet without look-alikes (no 0/O, 1/I/L): 31^6, about 887
 * million codes, of which a handful are live at once; with attempts limited per supervisor, guessing is
 * impractical. Only the hash is stored.
 */
public record FeedbackCode(String value) {
    public static final String ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    public static final int LENGTH = 6;
    public static final Duration VALID_FOR = Duration.ofMinutes(10);
    private static final Pattern SHAPE = Pattern.compile("[" + ALPHABET + "]{" + LENGTH + "}");
    private static final SecureRandom RANDOM = new SecureRandom();

    public static FeedbackCode random() {
        StringBuilder code = new StringBuilder(LENGTH);
        for (int i = 0; i < LENGTH; i++) {
            code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return new FeedbackCode(code.toString());
    }

    /** As typed: case and spaces do not matter. Empty when it cannot be a code at all. */
    public static java.util.Optional<FeedbackCode> typed(String text) {
        String clean = text == null ? "" : text.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        return SHAPE.matcher(clean).matches()
                ? java.util.Optional.of(new FeedbackCode(clean))
                : java.util.Optional.empty();
    }

    public String hash() {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
