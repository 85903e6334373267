package org.pare.notification.inbox.http;

import io.micronaut.serde.annotation.Serdeable;

@Serdeable
record MarkedRead(int marked) {}
