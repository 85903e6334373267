package org.pare.web;

import java.nio.ByteBuffer;

/**
 * Finds a JSON escape of a control character other than tab and line breaks ({@code \u0000} to {@code \u0008},
 * {@code \u000B}, {@code \u000C}, {@code \u000E} to {@code \u001F}, {@code \u007F}) in the bytes of a JSON text, without
 * decoding it. A backslash escaped itself ({@code \\u0000}) is text, not an escape.
 */
final class EscapedControlCharacters {
    private EscapedControlCharacters() {}

    /** @return true if {@code json} (read from its position to its limit, which are left as they were) holds one */
    static boolean in(ByteBuffer json) {
        int end = json.limit();
        int backslashes = 0;
        for (int i = json.position(); i < end; i++) {
            byte b = json.get(i);
            if (b == '\\') {
                backslashes++;
                continue;
            }
            if (b == 'u' && backslashes % 2 == 1 && i + 4 < end && isControl(json, i + 1)) {
                return true;
            }
            backslashes = 0;
        }
        return false;
    }

    /** The four hex digits at {@code at} name a refused control character. */
    private static boolean isControl(ByteBuffer json, int at) {
        if (json.get(at) != '0' || json.get(at + 1) != '0') {
            return false;
        }
        int high = json.get(at + 2);
        int low = Character.toLowerCase(json.get(at + 3));
        boolean hex = (low >= '0' && low <= '9') || (low >= 'a' && low <= 'f');
        if (!hex) {
            return false;
        }
        return switch (high) {
            case '0' -> low != '9' && low != 'a' && low != 'd';
            case '1' -> true;
            case '7' -> low == 'f';
            default -> false;
        };
    }
}
