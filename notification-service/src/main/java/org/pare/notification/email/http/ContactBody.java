package org.pare.notification.email.http;

import io.micronaut.serde.annotation.Serdeable;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

@Serdeable
record ContactBody(@NotBlank @Email @Size(max = 254) String email) {}
