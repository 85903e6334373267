package org.pare.notification.preference.http;

import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.validation.Valid;
import org.pare.notification.preference.persistence.PreferencesStore;

/** The caller's own preferences; there is no way to read or change anyone else's. */
@Controller("/api/preferences")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class PreferencesController {
    private final PreferencesStore store;

    PreferencesController(PreferencesStore store) {
        this.store = store;
    }

    @Get
    @Transactional(readOnly = true)
    PreferencesBody mine(Authentication me) {
        return PreferencesBody.of(store.of(me.getName()));
    }

    @Put
    @Transactional
    PreferencesBody change(Authentication me, @Body @Valid PreferencesBody body) {
        store.save(me.getName(), body.toPreferences());
        return PreferencesBody.of(store.of(me.getName()));
    }
}
