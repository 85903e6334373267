package org.pare.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.http.filter.FilterPatternStyle;
import io.micronaut.http.filter.ServerFilterPhase;
import java.util.regex.Pattern;

/**
 * Refuses, with a 400 problem, a JSON body whose text holds a control character other than tab and line breaks.
 * PostgreSQL cannot store U+0000 in text (the insert would fail with a 500), and the others have no place in what
 * people write here (they reach logs, e-mails and spreadsheets). Raw control characters are already refused by the
 * JSON parser; this catches the escaped ones ({@code \u0000}). Allocation files are CSV, checked by their own reader.
 */
@ServerFilter(
        value = "^/api/(?!allocations).*",
        patternStyle = FilterPatternStyle.REGEX,
        methods = {HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH})
class ControlCharacterFilter implements Ordered {
    // an escape not itself escaped (an even number of backslashes before it), for U+0000-U+0008, U+000B, U+000C,
    // U+000E-U+001F or U+007F
    private static final Pattern ESCAPED_CONTROL =
            Pattern.compile("(?<!\\\\)(?:\\\\\\\\)*\\\\u00(?:0[0-8bBcCeEfF]|1[0-9a-fA-F]|7[fF])");

    @RequestFilter
    void refuse(HttpRequest<?> request, @Body @Nullable String body) {
        boolean json = request.getContentType()
                .map(type -> type.matches(MediaType.APPLICATION_JSON_TYPE))
                .orElse(true);
        if (json && body != null && ESCAPED_CONTROL.matcher(body).find()) {
            throw new HttpStatusException(
                    HttpStatus.BAD_REQUEST, "text may not hold control characters other than tab and line breaks");
        }
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.after();
    }
}
