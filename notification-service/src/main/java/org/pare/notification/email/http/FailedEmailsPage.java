package org.pare.notification.email.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** One page of failed e-mails, newest first; an empty page still has an empty list. */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
record FailedEmailsPage(List<FailedEmailResponse> emails, int page, int size) {}
